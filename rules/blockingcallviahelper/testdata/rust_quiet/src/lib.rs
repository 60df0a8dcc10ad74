mod dup;
mod stores;

use std::time::Duration;

fn nap() {
    std::thread::sleep(Duration::from_millis(10));
}

fn pure(x: u32) -> u32 {
    x * 2
}

async fn async_nap() {
    tokio::time::sleep(Duration::from_millis(10)).await;
}

fn later() -> impl std::future::Future<Output = ()> {
    std::thread::sleep(Duration::from_millis(10));
    async {}
}

#[cfg(unix)]
fn platform() {
    std::thread::sleep(Duration::from_millis(10));
}

#[cfg(not(unix))]
fn platform() {}

fn read_many(paths: &[&str]) -> usize {
    // A closure in a helper is not followed.
    paths.iter().map(|p| std::fs::read(p).unwrap().len()).sum()
}

pub async fn handler() {
    // Handed off the runtime.
    tokio::task::spawn_blocking(nap).await.unwrap();
    tokio::task::spawn_blocking(move || nap()).await.unwrap();
    tokio::task::block_in_place(|| nap());
    // Awaited, async, or not blocking.
    async_nap().await;
    let _unpolled = async_nap();
    later().await;
    pure(2);
    // Two fns of one path: cfg variants, and a module in two files.
    platform();
    dup::load();
    read_many(&["a"]);
    // The one finding: a fn nested in the async fn.
    fn inner() {
        super_nap();
    }
    inner(); // want "CVT202 inner\\(\\) blocks the async runtime: handler::inner -> super_nap -> nap -> std::thread::sleep"
}

fn super_nap() {
    nap();
}

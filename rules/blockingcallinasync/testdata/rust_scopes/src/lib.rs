use std::thread::sleep;
use std::time::Duration;

pub async fn outer() {
    sleep(Duration::ZERO); // want "in async fn"

    // A plain fn nested in an async fn is not async.
    fn helper() {
        sleep(Duration::ZERO);
    }

    // Closures are not async, wherever they stand.
    let c = || sleep(Duration::ZERO);
    c();

    // Work moved to the blocking pool is not reported.
    tokio::task::spawn_blocking(move || {
        std::fs::read("big").unwrap();
        sleep(Duration::ZERO);
    })
    .await
    .unwrap();
    tokio::task::block_in_place(|| std::fs::read_to_string("a"));

    // An async block is async, even inside a closure.
    let make = || async {
        sleep(Duration::ZERO); // want "std::thread::sleep\\(\\) in async block"
    };
    make().await;
    tokio::spawn(async move {
        let _ = std::fs::read("x"); // want "std::fs::read\\(\\) in async block"
    });
    helper();
}

pub fn sync_fn() {
    sleep(Duration::ZERO);
    let _ = std::fs::read("x");
    futures::executor::block_on(async {
        sleep(Duration::ZERO); // want "in async block"
    });
}

pub struct Server;

impl Server {
    pub async fn handle(&self) {
        self.load(); // a repository helper: CVT202's business, not this rule's
        std::fs::read("cfg").ok(); // want "std::fs::read\\(\\) in async fn"
    }

    fn load(&self) {
        std::fs::read("cfg").ok();
    }
}

pub trait Handler {
    async fn default_handle(&self) {
        sleep(Duration::ZERO); // want "in async fn"
    }
}

#[tokio::main]
async fn main() {
    std::thread::sleep(Duration::from_secs(1)); // want "std::thread::sleep"
}

use std::thread::sleep;
use std::time::Duration;
use tokio::io::AsyncReadExt;

pub async fn truly_async(p: &str) -> std::io::Result<()> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    let _ = tokio::fs::read_to_string(p).await?;
    let mut f = tokio::fs::File::open(p).await?;
    let mut v = Vec::new();
    f.read_to_end(&mut v).await?;
    let _ = tokio::process::Command::new("ls").output().await?;
    let _ = tokio::net::TcpStream::connect("h:1").await?;
    let _ = reqwest::get("https://example.com").await;
    let client = reqwest::Client::new();
    let _ = client.get("u").send().await;
    let _ = tokio::io::stdin();
    // Builders and values that do not block by themselves.
    let mut cmd = std::process::Command::new("ls");
    cmd.arg("-l").env("A", "b");
    let _ = std::fs::OpenOptions::new().read(true).write(true);
    let _ = std::io::stdin();
    let _ = Duration::from_secs(1);
    // Offloaded.
    let data = tokio::task::spawn_blocking(|| std::fs::read("big")).await;
    let _ = data;
    Ok(())
}

// "sleep(1)" in a string and sleep in comments are not calls.
pub async fn strings() -> &'static str {
    "std::thread::sleep(d)"
}

pub fn sync_only(p: &str) -> std::io::Result<String> {
    sleep(Duration::ZERO);
    std::fs::read_to_string(p)
}

mod own_sleep {
    // The file-level `use std::thread::sleep` does not reach into this
    // module: here sleep is tokio's, through the glob.
    use tokio::time::*;

    pub async fn waits() {
        sleep(std::time::Duration::ZERO).await;
    }
}

mod local_names {
    pub async fn shadow() {
        // A local closure named like a blocking function.
        let sleep = |_d: u64| async {};
        sleep(1).await;
        // A repository fn whose name matches std::fs::read.
        read();
    }

    fn read() {}
}

use std::fs;
use std::thread;
use std::time::Duration;

/// Serves a cached page; "async", but every step blocks the runtime thread.
pub async fn serve_cached(path: &str) -> std::io::Result<String> {
    thread::sleep(Duration::from_millis(5));
    let body = fs::read_to_string(path)?;
    Ok(body)
}

/// Offloading the blocking read to a worker thread is fine.
pub async fn serve_offloaded(path: String) -> std::io::Result<String> {
    tokio::task::spawn_blocking(move || fs::read_to_string(path))
        .await
        .expect("worker panicked")
}

mod python;

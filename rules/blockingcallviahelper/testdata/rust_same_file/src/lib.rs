use std::fs;

fn read_config(path: &str) -> String {
    fs::read_to_string(path).unwrap()
}

fn load() -> String {
    read_config("app.toml")
}

async fn nap() {}

pub async fn handler() {
    let _ = load(); // want "^CVT202 load\\(\\) blocks the async runtime: load -> read_config -> std::fs::read_to_string; make read_config async \\(tokio::fs\\) or run it with tokio::task::spawn_blocking\\(\\.\\.\\.\\)$"
    let _ = read_config("x"); // want "^CVT202 read_config\\(\\) blocks the async runtime: read_config -> std::fs::read_to_string;"
    nap().await;
}

pub fn spawn() {
    tokio::spawn(async move {
        load(); // want "^CVT202 load\\(\\) blocks the async runtime"
    });
}

pub async fn reviewed() {
    // covet-lint: ignore[CVT202] read once at startup
    load();
    load(); // covet-lint: ignore[blocking-call-via-helper] also by name
}

use std::thread;
use std::time::Duration;

async fn trailing() {
    thread::sleep(Duration::from_millis(1)); // covet-lint: ignore[CVT201] test clock
}

async fn alone_above() {
    // covet-lint: ignore[blocking-call-in-async]

    thread::sleep(Duration::from_millis(2));
    thread::sleep(Duration::from_millis(3)); // want "CVT201"
}

async fn in_string() {
    let s = "// covet-lint: ignore[CVT201]"; thread::sleep(Duration::from_millis(4)); // want "CVT201"
    let _ = s;
}

async fn stale() {
    let x = 1; // covet-lint: ignore[CVT201] // want "CVT001 unused suppression: no CVT201"
    let y = 2; /* covet-lint: ignore[CVT777] */ // want "CVT001 suppression names unknown rule CVT777"
    let _ = (x, y);
}

async fn noqa_is_not_rust() {
    thread::sleep(Duration::from_millis(5)); // noqa: CVT201  // want "CVT201"
}

mod walk;

use walk::{even, ping, spin};

pub async fn handler(n: u32) {
    spin(n);
    even(n); // want "CVT202 even\\(\\) blocks the async runtime: walk::even -> walk::odd -> std::thread::sleep"
    ping(n); // want "CVT202 ping\\(\\) blocks the async runtime: walk::ping -> std::fs::remove_file"
}

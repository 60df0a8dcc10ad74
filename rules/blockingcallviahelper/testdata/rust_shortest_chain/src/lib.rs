mod io;

use io::{alpha, long1, zeta};

// Three chains from entry: through long1 (three steps), zeta and alpha
// (two each): the shortest wins, and of those the first by name.
fn entry() {
    long1();
    zeta();
    alpha();
}

// Two blocking calls in one fn: the first by name.
fn both() {
    std::thread::sleep(std::time::Duration::from_millis(1));
    std::fs::read("b").ok();
}

pub async fn handler() {
    entry(); // want "CVT202 entry\\(\\) blocks the async runtime: entry -> io::alpha -> std::fs::read; make io::alpha async \\(tokio::fs\\)"
    both(); // want "CVT202 both\\(\\) blocks the async runtime: both -> std::fs::read;"
}

use crate::db;
use crate::db::load as fetch;
use crate::db::quiet;

pub async fn handler() {
    crate::db::load("a"); // want "CVT202 crate::db::load\\(\\) blocks the async runtime: db::load -> std::fs::File::open; make db::load async \\(tokio::fs\\) or run it with tokio::task::spawn_blocking"
    db::load("b"); // want "CVT202 db::load\\(\\) blocks the async runtime: db::load -> std::fs::File::open"
    fetch("c"); // want "CVT202 fetch\\(\\) blocks the async runtime: db::load -> std::fs::File::open"
    quiet();
    super::db::load("d"); // want "CVT202 super::db::load\\(\\) blocks"
}

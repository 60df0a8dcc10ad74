mod repo;

use repo::OrderRepo;

pub async fn place(repo: &OrderRepo, total: i64) {
    let _ = repo.add(total); // want "OrderRepo::add -> rusqlite::Connection::execute; make repo::OrderRepo::add async \\(an async driver: sqlx"
    let _ = repo.count(); // want "rusqlite::Connection::query_row"
}

pub async fn count(redis: &mut redis::Connection, pg: &mut postgres::Client) -> i64 {
    let cached = repo::cached_count(redis); // want "cached_count -> redis::Connection::get"
    cached.unwrap_or_else(|| 0) + repo::total_of(pg, 1) // want "total_of -> postgres::Client::query_one"
}

pub async fn offloaded(path: String) {
    let _ = tokio::task::spawn_blocking(move || OrderRepo::open(&path).map(|r| r.count())).await;
}

use rusqlite::Connection;

pub async fn sqlite(path: &str) {
    let conn = Connection::open(path).unwrap(); // want "blocking call rusqlite::Connection::open\\(\\) in async fn; move it to tokio::task::spawn_blocking"
    conn.execute("DELETE FROM t", []).unwrap(); // want "rusqlite::Connection::execute"
    let mut stmt = conn.prepare("SELECT id FROM t").unwrap();
    let _ = stmt.query_map([], |r| r.get::<_, i64>(0)); // want "rusqlite::Statement::query_map"
    let _ = conn.last_insert_rowid();
}

pub async fn postgres_sync(url: &str) {
    let mut client = postgres::Client::connect(url, postgres::NoTls).unwrap(); // want "postgres::Client::connect\\(\\).*tokio-postgres"
    let _ = client.query("SELECT 1", &[]); // want "postgres::Client::query"
}

pub async fn redis_sync(client: redis::Client) {
    let mut con = client.get_connection().unwrap(); // want "redis::Client::get_connection"
    let _: Option<String> = con.get("k").ok(); // want "redis::Connection::get"
    let _: () = redis::cmd("SET").arg("k").arg(1).query(&mut con).unwrap(); // want "redis::Cmd::query"
}

pub async fn pooled(pool: r2d2::Pool<M>) {
    let _conn = pool.get().unwrap(); // want "r2d2::Pool::get.*deadpool"
}

pub async fn async_clients(url: &str, client: redis::Client) {
    let (pg, _conn) = tokio_postgres::connect(url, tokio_postgres::NoTls).await.unwrap();
    let _ = pg.query("SELECT 1", &[]).await;
    let mut con = client.get_multiplexed_async_connection().await.unwrap();
    let _: () = redis::cmd("SET").arg("k").arg(1).query_async(&mut con).await.unwrap();
    let path = url.to_string();
    let _ = tokio::task::spawn_blocking(move || Connection::open(path).unwrap().execute("VACUUM", [])).await;
}

use rusqlite::{params, Connection};

pub struct OrderRepo {
    conn: Connection,
}

impl OrderRepo {
    pub fn open(path: &str) -> rusqlite::Result<Self> {
        Ok(Self { conn: Connection::open(path)? })
    }

    pub fn add(&self, total: i64) -> rusqlite::Result<usize> {
        self.conn.execute("INSERT INTO orders (total) VALUES (?1)", params![total])
    }

    pub fn count(&self) -> i64 {
        self.conn.query_row("SELECT count(*) FROM orders", [], |r| r.get(0)).unwrap()
    }
}

pub fn cached_count(redis: &mut redis::Connection) -> Option<i64> {
    redis.get("orders:count").ok()
}

pub fn total_of(client: &mut postgres::Client, id: i64) -> i64 {
    client.query_one("SELECT total FROM orders WHERE id = $1", &[&id]).unwrap().get(0)
}

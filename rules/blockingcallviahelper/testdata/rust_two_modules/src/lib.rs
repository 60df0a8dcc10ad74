mod api;
mod db;
mod store;

pub async fn index() {
    store::get(); // want "CVT202 store::get\\(\\) blocks the async runtime: store::get -> std::thread::sleep; make store::get async \\(tokio::time::sleep\\)"
    self::store::get(); // want "CVT202 self::store::get\\(\\) blocks the async runtime: store::get -> std::thread::sleep"
}

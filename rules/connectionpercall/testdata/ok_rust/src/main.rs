use std::sync::{LazyLock, OnceLock};
use std::time::Duration;

use axum::{routing::get, Router};
use reqwest::Client;

static CLIENT: LazyLock<Client> = LazyLock::new(|| Client::new());
static SLOW: OnceLock<Client> = OnceLock::new();

async fn handler() -> String {
    let c = SLOW.get_or_init(|| Client::builder().timeout(Duration::from_secs(5)).build().unwrap());
    CLIENT.get("https://example.com").send().await.unwrap().text().await.unwrap()
}

async fn watch() {
    loop {
        match redis::Client::open("redis://127.0.0.1/") {
            Ok(c) => listen(c).await,
            Err(_) => tokio::time::sleep(Duration::from_secs(1)).await,
        }
    }
}

async fn listen(c: redis::Client) {}

impl Api {
    fn new() -> Self {
        Api { client: Client::new() }
    }
}

struct Api {
    client: Client,
}

#[tokio::main]
async fn main() {
    let client = Client::new();
    let app: Router = Router::new().route("/", get(handler));
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn fetches() {
        let c = reqwest::Client::new();
    }
}

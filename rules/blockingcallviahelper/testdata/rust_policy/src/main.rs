mod store;

use axum::{routing::get, Router};

// An axum handler: every blocking kind is a warning, file reads included.
async fn index() -> String {
    store::read_config("page.html") // want warning "read_config -> std::fs::read_to_string"
}

// A plain async fn: network waits stay warnings, local file reads are notes.
async fn refresh() {
    store::ping("db:5432"); // want warning "ping -> std::net::TcpStream::connect"
    let _ = store::read_config("app.toml"); // want note "read_config -> std::fs::read_to_string"
}

// The entry point, before concurrency starts: notes; what it spawns is a task.
#[tokio::main]
async fn main() {
    let _ = store::read_config("app.toml"); // want note "read_config"
    store::ping("db:5432"); // want note "ping"
    tokio::spawn(async {
        let _ = store::read_config("app.toml"); // want warning "read_config"
    });
    refresh().await;
    let app: Router = Router::new().route("/", get(index));
}

#[cfg(test)]
mod tests {
    // Test code is left out by default.
    #[tokio::test]
    async fn reads() {
        let _ = super::store::read_config("fixture.toml");
    }
}

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
    load_settings().await;
    let app: Router = Router::new().route("/", get(index));
}

// Awaited by main only: still before concurrency starts, so a note.
async fn load_settings() {
    store::ping("vault:8200"); // want note "ping -> std::net::TcpStream::connect"
}

// Awaited by main and by a handler: it keeps its own context.
async fn shared() {
    store::ping("db:5432"); // want warning "ping"
}

async fn handler_calling_shared() -> String {
    shared().await;
    String::new()
}

#[tokio::main(flavor = "current_thread")]
async fn second_main() {
    shared().await;
    let _r: Router = Router::new().route("/s", get(handler_calling_shared));
}

#[cfg(test)]
mod tests {
    // Test code is left out by default.
    #[tokio::test]
    async fn reads() {
        let _ = super::store::read_config("fixture.toml");
    }
}

use std::fs;
use std::time::Duration;

use axum::{routing::get, Router};

mod jobs;

#[tokio::main]
async fn main() {
    // Before anything runs concurrently: notes.
    let config = fs::read_to_string("config.toml").unwrap(); // want note "std::fs::read_to_string"
    std::thread::sleep(Duration::from_millis(10)); // want note "std::thread::sleep"
    tokio::spawn(async move {
        // A task started from main is a task: warnings.
        fs::write("pid", "1").unwrap(); // want warning "std::fs::write"
    });
    tokio::spawn(jobs::sweep());
    tokio::spawn(refresh());
    let app = Router::new().route("/", get(index));
    let _ = (config, app);
}

async fn index() -> String {
    fs::read_to_string("index.html").unwrap() // want warning "std::fs::read_to_string"
}

#[actix_web::get("/health")]
async fn health() -> &'static str {
    std::thread::sleep(Duration::from_millis(1)); // want warning "std::thread::sleep"
    "ok"
}

async fn refresh() {
    fs::read("cache").unwrap(); // want warning "std::fs::read"
}

async fn plain() {
    // Neither a handler nor a task: file I/O is a note, a sleep a warning.
    fs::read("data").unwrap(); // want note "std::fs::read"
    std::thread::sleep(Duration::from_millis(1)); // want warning "std::thread::sleep"
}

fn routes() {
    let _ = warp::path("lookup").and_then(lookup);
}

async fn lookup() -> Result<String, std::io::Error> {
    fs::read_to_string("entry") // want warning "std::fs::read_to_string"
}

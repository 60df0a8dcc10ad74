mod config;
mod server;

#[tokio::main]
async fn main() {
    server::routes::serve();
}

use actix_web::{get, web, HttpResponse};
use axum::{extract::State, routing::get as axum_get, Router};
use reqwest::Client;
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

#[derive(Clone)]
struct AppState {
    url: String,
}

async fn fetch(State(state): State<AppState>) -> String {
    let client = Client::new(); // want "reqwest::Client at startup and clone it"
    client.get(&state.url).send().await.unwrap().text().await.unwrap()
}

async fn count() -> String {
    let pool = PgPoolOptions::new().max_connections(5).connect("postgres://db").await.unwrap(); // want "new connection pool once per request \\(in request handler count\\)"
    pool.size().to_string()
}

#[get("/users")]
async fn users() -> HttpResponse {
    let pool = PgPool::connect("postgres://db").await.unwrap(); // want "once per request"
    let conn = redis::Client::open("redis://127.0.0.1/").unwrap(); // want "open one redis::Client at startup"
    HttpResponse::Ok().finish()
}

async fn crawl(urls: Vec<String>) {
    for url in urls {
        let c = reqwest::Client::builder().build().unwrap(); // want "once per iteration \\(in a loop in crawl\\)"
        c.get(&url).send().await.unwrap();
    }
}

struct Api {
    base: String,
}

impl Api {
    async fn get(&self, path: &str) -> String {
        let (client, conn) = tokio_postgres::connect("host=db", tokio_postgres::NoTls).await.unwrap(); // want "once per call \\(in method Api::get\\)"
        String::new()
    }
}

fn app() -> Router {
    Router::new().route("/", axum_get(fetch)).route("/count", axum_get(count))
}

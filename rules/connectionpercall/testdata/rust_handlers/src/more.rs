use actix_web::{web, HttpRequest, HttpResponse};
use mongodb::Client as Mongo;
use sqlx::postgres::PgConnection;
use sqlx::Connection;
use warp::Filter;

async fn profile(req: HttpRequest) -> HttpResponse {
    let mongo = Mongo::with_uri_str("mongodb://db").await.unwrap(); // want "one mongodb::Client at startup"
    let conn = PgConnection::connect("postgres://db").await.unwrap(); // want "new database connection once per request \\(in request handler profile\\)"
    HttpResponse::Ok().finish()
}

async fn proxy(path: String) -> Result<String, warp::Rejection> {
    let client = hyper::Client::new(); // want "build one hyper client"
    Ok(path)
}

async fn poll(urls: Vec<String>) {
    let mut i = 0;
    while i < urls.len() {
        let c = reqwest::ClientBuilder::new().build().unwrap(); // want "once per iteration \\(in a loop in poll\\)"
        i += 1;
    }
}

fn routes() {
    let app = web::resource("/profile").route(web::get().to(profile));
    let w = warp::path!("proxy" / String).and_then(proxy);
}

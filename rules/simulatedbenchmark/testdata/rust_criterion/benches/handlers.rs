use criterion::{criterion_group, criterion_main, Criterion};

async fn handle(path: &str) -> usize {
    path.len()
}

fn route(path: &str) -> usize {
    path.len()
}

fn bench_handler(c: &mut Criterion) { // want "benchmark bench_handler calls the async fn handle in a timed loop without awaiting it"
    c.bench_function("handler", |b| b.iter(|| handle("/users/1")));
}

fn bench_handler_awaited(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    c.bench_function("handler", |b| b.to_async(&rt).iter(|| async { handle("/users/1").await }));
}

fn bench_requests(c: &mut Criterion) { // want "reports request figures but performs no network I/O"
    let start = std::time::Instant::now();
    for _ in 0..1000 {
        route("/users/1");
    }
    let requests_per_sec = 1000.0 / start.elapsed().as_secs_f64();
    println!("{requests_per_sec}");
}

// Named for requests, but a bench's name is not a figure it reports.
fn bench_http1_req_10b(c: &mut Criterion) {
    let start = std::time::Instant::now();
    route("/users/1");
    println!("{:?}", start.elapsed());
}

fn bench_routing(c: &mut Criterion) {
    c.bench_function("route", |b| b.iter(|| route("/users/1")));
}

criterion_group!(benches, bench_handler, bench_handler_awaited, bench_requests, bench_http1_req_10b, bench_routing);
criterion_main!(benches);

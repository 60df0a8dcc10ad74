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

fn bench_http_requests(c: &mut Criterion) { // want "reports request figures but performs no network I/O"
    let start = std::time::Instant::now();
    for _ in 0..1000 {
        route("/users/1");
    }
    println!("{:?}", start.elapsed());
}

fn bench_routing(c: &mut Criterion) {
    c.bench_function("route", |b| b.iter(|| route("/users/1")));
}

criterion_group!(benches, bench_handler, bench_handler_awaited, bench_http_requests, bench_routing);
criterion_main!(benches);

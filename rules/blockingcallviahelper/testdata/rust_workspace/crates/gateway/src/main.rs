use gw::proxy::forward;

#[tokio::main]
async fn main() {
    forward(); // want "CVT202 forward\\(\\) blocks the async runtime: proxy::forward -> std::net::TcpStream::connect; make proxy::forward async \\(tokio::net\\)"
    gw::proxy::forward(); // want "CVT202 gw::proxy::forward\\(\\) blocks"
    crate::proxy::forward();
}

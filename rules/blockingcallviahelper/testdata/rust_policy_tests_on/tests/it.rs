#[tokio::test]
async fn integration() {
    policy::store::ping("db:5432"); // want warning "ping -> std::net::TcpStream::connect"
}

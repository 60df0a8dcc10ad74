use core_lib::fsx;

pub fn forward() {
    std::net::TcpStream::connect("upstream:80").unwrap();
}

pub async fn serve() {
    core_lib::fsx::read_all("a"); // want "CVT202 core_lib::fsx::read_all\\(\\) blocks the async runtime: fsx::read_all -> std::fs::read"
    fsx::read_all("b"); // want "CVT202 fsx::read_all\\(\\) blocks"
}

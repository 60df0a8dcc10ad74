use std::net::TcpStream;

pub fn read_config(path: &str) -> String {
    std::fs::read_to_string(path).unwrap()
}

pub fn ping(addr: &str) {
    let _ = TcpStream::connect(addr);
}

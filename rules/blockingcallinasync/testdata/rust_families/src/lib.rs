// One line per blocking call family, in an async fn.
use std::io::{Read, Write, BufRead};
use std::time::Duration;

pub async fn sleeping() {
    std::thread::sleep(Duration::from_millis(10)); // want "CVT201 blocking call std::thread::sleep\\(\\) in async fn; use tokio::time::sleep"
}

pub async fn files(p: &str) -> std::io::Result<()> {
    let _ = std::fs::read_to_string(p)?; // want "std::fs::read_to_string\\(\\) in async fn; use tokio::fs"
    std::fs::write(p, b"x")?; // want "std::fs::write\\(\\)"
    std::fs::create_dir_all("out")?; // want "std::fs::create_dir_all\\(\\)"
    std::fs::remove_file(p)?; // want "std::fs::remove_file\\(\\)"
    let _ = std::fs::metadata(p)?.len(); // want "std::fs::metadata\\(\\)"
    let mut s = String::new();
    std::fs::File::open(p)?.read_to_string(&mut s)?; // want "std::fs::File::open\\(\\)" "std::fs::File::read_to_string\\(\\)"
    std::fs::File::create(p).unwrap().write_all(b"x").expect("w"); // want "std::fs::File::create\\(\\)" "std::fs::File::write_all\\(\\)"
    // A method call is anchored at the method name, where the chain blocks.
    let f = std::fs::OpenOptions::new()
        .read(true)
        .open(p)?; // want "std::fs::OpenOptions::open\\(\\)"
    let _ = std::fs::File::options().append(true).open(p); // want "std::fs::OpenOptions::open\\(\\)"
    let _ = f;
    Ok(())
}

pub async fn network() -> std::io::Result<()> {
    let mut stream = std::net::TcpStream::connect("127.0.0.1:80")?; // want "std::net::TcpStream::connect\\(\\) in async fn; use tokio::net"
    stream.write_all(b"GET /")?; // want "std::net::TcpStream::write_all\\(\\)"
    let mut buf = [0u8; 16];
    stream.read(&mut buf)?; // want "std::net::TcpStream::read\\(\\)"
    let listener = std::net::TcpListener::bind("0.0.0.0:0")?; // want "std::net::TcpListener::bind\\(\\)"
    let _ = listener.accept()?; // want "std::net::TcpListener::accept\\(\\)"
    let sock = std::net::UdpSocket::bind("0.0.0.0:0")?; // want "std::net::UdpSocket::bind\\(\\)"
    sock.recv_from(&mut buf)?; // want "std::net::UdpSocket::recv_from\\(\\)"
    stream.set_nodelay(true)?;
    Ok(())
}

pub async fn processes() -> std::io::Result<()> {
    let out = std::process::Command::new("ls").arg("-l").output()?; // want "std::process::Command::output\\(\\) in async fn; use tokio::process::Command"
    let _ = std::process::Command::new("true").status(); // want "std::process::Command::status\\(\\)"
    let mut child = std::process::Command::new("sleep")
        .arg("1")
        .spawn()?;
    child.wait()?; // want "std::process::Child::wait\\(\\)"
    std::process::Command::new("x").spawn()?.wait_with_output()?; // want "std::process::Child::wait_with_output\\(\\)"
    let _ = out;
    Ok(())
}

pub async fn http() -> Result<(), reqwest::Error> {
    let body = reqwest::blocking::get("https://example.com")?.text()?; // want "reqwest::blocking::get\\(\\) in async fn; use the async reqwest::Client" "reqwest::blocking::Response::text\\(\\)"
    let client = reqwest::blocking::Client::new(); // want "reqwest::blocking::Client::new\\(\\)"
    let resp = client.get("https://example.com").header("a", "b").send()?; // want "reqwest::blocking::RequestBuilder::send\\(\\)"
    let _ = resp.json::<u8>(); // want "reqwest::blocking::Response::json\\(\\)"
    let built = reqwest::blocking::Client::builder().build()?; // want "reqwest::blocking::ClientBuilder::build\\(\\)"
    let _ = (body, built);
    Ok(())
}

pub async fn input() {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).unwrap(); // want "std::io::Stdin::read_line\\(\\) in async fn; use tokio::io::stdin"
    for l in std::io::stdin().lock().lines() { // want "std::io::Stdin::lines\\(\\)"
        let _ = l;
    }
}

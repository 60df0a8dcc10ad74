use std::fs::File;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command};

pub async fn lets(p: &str) -> std::io::Result<()> {
    let mut f = File::open(p)?; // want "std::fs::File::open\\(\\)"
    let mut v = Vec::new();
    f.read_to_end(&mut v)?; // want "std::fs::File::read_to_end\\(\\)"
    let g = File::create(p).expect("create"); // want "std::fs::File::create\\(\\)"
    let mut h = g;
    h.write_all(&v)?; // want "std::fs::File::write_all\\(\\)"
    let mut cmd = Command::new("ls");
    cmd.arg("-l");
    cmd.status()?; // want "std::process::Command::status\\(\\)"
    Ok(())
}

pub async fn typed(file: &mut File, stream: TcpStream, child: &mut Child) {
    let mut s = String::new();
    file.read_to_string(&mut s).unwrap(); // want "std::fs::File::read_to_string\\(\\)"
    let mut stream = stream;
    stream.flush().unwrap(); // want "std::net::TcpStream::flush\\(\\)"
    child.wait().unwrap(); // want "std::process::Child::wait\\(\\)"
    let t: File = make();
    t.sync_all().unwrap(); // want "std::fs::File::sync_all\\(\\)"
}

pub async fn patterns(p: &str) {
    if let Ok(mut f) = File::open(p) { // want "std::fs::File::open\\(\\)"
        f.read(&mut [0u8; 4]).ok(); // want "std::fs::File::read\\(\\)"
    }
    match TcpStream::connect("h:1") { // want "std::net::TcpStream::connect\\(\\)"
        Ok(mut s) => {
            s.write(b"x").ok(); // want "std::net::TcpStream::write\\(\\)"
        }
        Err(_) => {}
    }
}

pub async fn shadowed(p: &str) {
    let f = tokio::fs::File::open(p).await.unwrap();
    // f is a tokio file now: its reads are async.
    let _ = f;
    let file = File::open(p).unwrap(); // want "std::fs::File::open\\(\\)"
    {
        let file = 3;
        let _ = file;
    }
    let mut file = tokio::io::BufReader::new(file);
    file.read_line(&mut String::new()).await.ok();
}

fn make() -> File {
    unimplemented!()
}

pub struct Store {
    file: File,
    conn: std::sync::Arc<TcpStream>,
    other: Vec<u8>,
}

impl Store {
    pub async fn fields(&mut self) {
        self.file.sync_data().ok(); // want "std::fs::File::sync_data\\(\\)"
        self.conn.peek(&mut [0u8; 1]).ok(); // want "std::net::TcpStream::peek\\(\\)"
        self.other.clear();
    }
}

pub async fn buffered(p: &str, w: &mut std::io::BufWriter<File>) {
    use std::io::{BufRead, BufReader};
    let reader = BufReader::new(File::open(p).unwrap()); // want "std::fs::File::open\\(\\)"
    for line in reader.lines() { // want "std::fs::File::lines\\(\\)"
        let _ = line;
    }
    let mut s = String::new();
    BufReader::new(TcpStream::connect("h:1").unwrap()).read_line(&mut s).ok(); // want "std::net::TcpStream::connect\\(\\)" "std::net::TcpStream::read_line\\(\\)"
    w.flush().ok(); // want "std::fs::File::flush\\(\\)"
}

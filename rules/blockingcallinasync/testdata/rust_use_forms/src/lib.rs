use std::fs;
use std::thread::sleep;
use std::fs::{self as filesystem, File};
use std::process::Command as Cmd;
use reqwest::blocking;
use std::{io::{self, Read}, net::{TcpStream as Stream}};
use ::std::time::Duration;

pub async fn plain(p: &str) {
    let _ = fs::read(p); // want "std::fs::read\\(\\)"
    sleep(Duration::from_secs(1)); // want "std::thread::sleep\\(\\)"
}

pub async fn grouped(p: &str) -> io::Result<()> {
    let _ = filesystem::read_dir(p)?; // want "std::fs::read_dir\\(\\)"
    let mut f = File::open(p)?; // want "std::fs::File::open\\(\\)"
    let mut v = Vec::new();
    f.read_to_end(&mut v)?; // want "std::fs::File::read_to_end\\(\\)"
    let _ = Stream::connect("h:1"); // want "std::net::TcpStream::connect\\(\\)"
    let _ = io::stdin().read_line(&mut String::new()); // want "std::io::Stdin::read_line\\(\\)"
    Ok(())
}

pub async fn aliased() {
    let _ = Cmd::new("ls").output(); // want "std::process::Command::output\\(\\)"
    let _ = blocking::get("http://x"); // want "reqwest::blocking::get\\(\\)"
    let _ = ::std::fs::copy("a", "b"); // want "std::fs::copy\\(\\)"
}

mod inner {
    use std::thread::*;
    use std::fs::*;

    pub async fn globbed() {
        sleep(std::time::Duration::ZERO); // want "std::thread::sleep\\(\\)"
        let _ = read_to_string("a"); // want "std::fs::read_to_string\\(\\)"
        let _ = File::create("a"); // want "std::fs::File::create\\(\\)"
    }
}

mod local_use {
    pub async fn inside() {
        use std::fs::remove_dir_all as nuke;
        nuke("tmp").ok(); // want "std::fs::remove_dir_all\\(\\)"
    }

    pub async fn not_imported_here() {
        // `nuke` is only imported in the fn above; here it is this module's own fn.
        nuke("tmp");
    }

    fn nuke(_: &str) {}
}

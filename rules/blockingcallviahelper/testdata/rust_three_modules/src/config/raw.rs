use std::fs;

pub fn bytes(path: &str) -> Vec<u8> {
    fs::read(path).unwrap_or_default()
}

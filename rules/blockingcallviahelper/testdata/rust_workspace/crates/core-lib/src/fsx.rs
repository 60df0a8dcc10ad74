pub fn read_all(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

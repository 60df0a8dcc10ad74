pub fn load() {
    std::fs::read("dup").unwrap();
}

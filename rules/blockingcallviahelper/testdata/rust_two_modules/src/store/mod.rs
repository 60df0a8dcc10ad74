pub fn get() {
    std::thread::sleep(std::time::Duration::from_millis(5));
}

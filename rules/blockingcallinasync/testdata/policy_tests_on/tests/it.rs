async fn integration() {
    std::thread::sleep(std::time::Duration::from_millis(1)); // want "std::thread::sleep"
}

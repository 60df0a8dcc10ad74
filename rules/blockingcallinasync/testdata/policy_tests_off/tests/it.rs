async fn integration() {
    std::thread::sleep(std::time::Duration::from_millis(1));
}

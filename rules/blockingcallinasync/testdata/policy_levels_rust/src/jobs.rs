pub async fn sweep() {
    // Spawned from main.rs, found by its name.
    std::fs::remove_file("stale").unwrap(); // want warning "std::fs::remove_file"
}

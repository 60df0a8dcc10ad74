#[tokio::test]
async fn integration() {
    let _ = policy::store::read_config("fixture.toml");
}

pub mod store;

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn reads() {
        let _ = super::store::read_config("fixture.toml"); // want note "read_config -> std::fs::read_to_string"
    }
}

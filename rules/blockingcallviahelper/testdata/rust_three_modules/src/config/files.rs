pub fn settings() -> Vec<u8> {
    read("settings.toml")
}

fn read(path: &str) -> Vec<u8> {
    super::raw::bytes(path)
}

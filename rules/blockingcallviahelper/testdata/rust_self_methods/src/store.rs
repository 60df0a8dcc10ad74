pub struct Store;

impl Store {
    pub fn open(path: &str) -> std::io::Result<Self> {
        let _ = path;
        Ok(Store)
    }

    pub fn load(&self) -> String {
        std::fs::read_to_string("store.db").unwrap()
    }
}

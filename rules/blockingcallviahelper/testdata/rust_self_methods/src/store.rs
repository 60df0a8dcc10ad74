pub struct Store;

impl Store {
    pub fn load(&self) -> String {
        std::fs::read_to_string("store.db").unwrap()
    }
}

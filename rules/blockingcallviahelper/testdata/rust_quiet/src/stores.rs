pub trait Store {
    fn load(&self) -> Vec<u8>;
}

pub struct Disk;
pub struct Memory;

impl Store for Disk {
    fn load(&self) -> Vec<u8> {
        std::fs::read("disk").unwrap()
    }
}

impl Store for Memory {
    fn load(&self) -> Vec<u8> {
        Vec::new()
    }
}

pub struct Cache;

impl Cache {
    pub fn fetch(&self) -> Vec<u8> {
        std::fs::read("cache").unwrap()
    }
}

pub fn open_cache() -> Cache {
    Cache
}

pub async fn serve(store: &dyn Store, boxed: Box<dyn Store>) {
    // Trait objects: which impl runs is not known.
    store.load();
    boxed.load();
    // A value of unknown type: fetch is not followed, though only Cache
    // defines it.
    let c = open_cache();
    c.fetch();
}

pub async fn generic<S: Store>(s: &S) {
    s.load();
}

use std::sync::{Arc, Mutex, RwLock};

pub struct State {
    hits: Arc<Mutex<u64>>,
    names: RwLock<Vec<String>>,
    cache: tokio::sync::Mutex<u64>,
}

impl State {
    pub async fn held(&self) {
        let mut n = self.hits.lock().unwrap(); // want "std::sync::MutexGuard n held across .await on line 12"
        tick().await;
        *n += 1;
    }

    pub async fn read_guard(&self) {
        let names = self.names.read().unwrap(); // want "std::sync::RwLockReadGuard names held across .await"
        for n in names.iter() {
            log(n).await;
        }
    }

    pub async fn dropped_first(&self) {
        let mut n = self.hits.lock().unwrap();
        *n += 1;
        drop(n);
        tick().await;
    }

    pub async fn scoped(&self) {
        {
            let mut n = self.hits.lock().unwrap();
            *n += 1;
        }
        tick().await;
    }

    pub async fn temporary(&self) {
        let v = *self.hits.lock().unwrap();
        tick().await;
        let _ = v;
    }

    pub async fn tokio_lock(&self) {
        let mut c = self.cache.lock().await;
        tick().await;
        *c += 1;
    }

    pub fn sync(&self) {
        let _n = self.hits.lock().unwrap();
    }

    pub async fn in_spawned_block(&self, m: Arc<Mutex<u8>>) {
        let _g = m.lock().unwrap();
        // The await below belongs to another async body.
        tokio::spawn(async { tick().await });
    }
}

pub async fn local() {
    let m = Arc::new(Mutex::new(0));
    let g = m.lock().expect("poisoned"); // want "std::sync::MutexGuard g held across .await on line 64"
    tick().await;
    drop(g);
}

async fn tick() {}
async fn log(_: &str) {}

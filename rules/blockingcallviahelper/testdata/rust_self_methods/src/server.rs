use crate::model::User;
use crate::store::Store;
use std::thread;
use std::time::Duration;

pub struct Server {
    store: Store,
}

impl Server {
    fn pause(&self) {
        thread::sleep(Duration::from_secs(1));
    }

    fn backoff() {
        thread::sleep(Duration::from_secs(1));
    }

    fn retry(&self) {
        self.pause();
    }

    pub async fn handle(&self, user: &User) {
        self.pause(); // want "CVT202 self.pause\\(\\) blocks the async runtime: server::Server::pause -> std::thread::sleep; make server::Server::pause async \\(tokio::time::sleep\\)"
        self.retry(); // want "CVT202 self.retry\\(\\) blocks the async runtime: server::Server::retry -> server::Server::pause -> std::thread::sleep"
        Self::backoff(); // want "CVT202 Self::backoff\\(\\) blocks the async runtime: server::Server::backoff -> std::thread::sleep"
        Server::backoff(); // want "CVT202 Server::backoff\\(\\) blocks"
        self.store.load(); // want "CVT202 self.store.load\\(\\) blocks the async runtime: store::Store::load -> std::fs::read_to_string"
        let store = Store::open("db").unwrap();
        store.load(); // want "CVT202 store.load\\(\\) blocks the async runtime: store::Store::load -> std::fs::read_to_string"
        user.save(); // want "CVT202 user.save\\(\\) blocks the async runtime: user_impl::User::save -> std::fs::write"
    }

    pub fn spawn(self) {
        tokio::spawn(async move {
            self.retry(); // want "CVT202 self.retry\\(\\) blocks"
        });
    }
}

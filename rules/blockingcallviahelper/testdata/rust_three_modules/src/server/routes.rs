use crate::config::files::settings;

pub fn serve() {}

pub async fn settings_page() {
    let _ = settings(); // want "CVT202 settings\\(\\) blocks the async runtime: config::files::settings -> config::files::read -> config::raw::bytes -> std::fs::read; make config::raw::bytes async \\(tokio::fs\\)"
}

mod model;
mod server;
mod store;
mod user_impl;

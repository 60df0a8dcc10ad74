pub mod files;
pub mod raw;

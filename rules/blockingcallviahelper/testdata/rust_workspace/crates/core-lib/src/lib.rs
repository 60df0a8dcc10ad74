pub mod fsx;

use std::process::Command;

fn git(args: &[&str]) -> Vec<u8> {
    Command::new("git").args(args).output().unwrap().stdout
}

mod util {
    pub fn head() -> Vec<u8> {
        super::git(&["rev-parse", "HEAD"])
    }

    pub fn describe() -> Vec<u8> {
        head()
    }

    pub mod deeper {
        pub fn tag() -> Vec<u8> {
            crate::util::describe()
        }
    }
}

mod handlers {
    use super::util;
    use crate::util::deeper::*;

    pub async fn version() {
        util::head(); // want "CVT202 util::head\\(\\) blocks the async runtime: util::head -> git -> std::process::Command::output; make git async \\(tokio::process\\)"
        util::describe(); // want "CVT202 util::describe\\(\\) blocks the async runtime: util::describe -> util::head -> git -> std::process::Command::output"
        tag(); // want "CVT202 tag\\(\\) blocks the async runtime: util::deeper::tag -> util::describe -> util::head -> git"
    }
}

pub fn alpha() {
    std::fs::read("a").ok();
}

pub fn zeta() {
    std::thread::sleep(std::time::Duration::from_millis(1));
}

pub fn long1() {
    long2();
}

fn long2() {
    std::thread::sleep(std::time::Duration::from_millis(1));
}

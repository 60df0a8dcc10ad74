pub async fn before() {
    std::thread::sleep(std::time::Duration::ZERO); // want "std::thread::sleep"
}

pub fn broken( {
    let x = ;
}

pub async fn after() {
    let _ = std::fs::read("x"); // want "std::fs::read"
}

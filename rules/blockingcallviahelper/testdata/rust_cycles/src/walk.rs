// spin calls itself and nothing that blocks; even and odd call each other
// and odd sleeps; ping and pong call each other and both block.
pub fn spin(n: u32) {
    if n > 0 {
        spin(n - 1);
    }
}

pub fn even(n: u32) -> bool {
    n == 0 || odd(n - 1)
}

fn odd(n: u32) -> bool {
    std::thread::sleep(std::time::Duration::from_millis(1));
    n != 0 && even(n - 1)
}

pub fn ping(n: u32) {
    std::fs::remove_file("ping").ok();
    pong(n);
}

fn pong(n: u32) {
    std::fs::remove_file("pong").ok();
    ping(n);
}

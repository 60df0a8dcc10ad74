use std::fs;
use std::time::Duration;

pub async fn in_macros(p: &str, rx: &mut tokio::sync::mpsc::Receiver<u8>) {
    println!("{}", fs::read_to_string(p).unwrap()); // want "std::fs::read_to_string\\(\\) in async fn"
    let s = format!("{}", format!("{:?}", fs::read(p))); // want "std::fs::read\\(\\)"
    assert!(std::fs::metadata(p).is_ok(), "{}", p); // want "std::fs::metadata\\(\\)"
    tokio::select! {
        _ = rx.recv() => {
            std::thread::sleep(Duration::ZERO); // want "std::thread::sleep\\(\\)"
        }
        _ = tokio::time::sleep(Duration::ZERO) => {}
    }
    // A closure inside a macro is still a closure.
    assert!([p].iter().all(|q| std::fs::metadata(q).is_ok()));
    let _ = vec![0u8; std::fs::read(p).unwrap().len()]; // want "std::fs::read\\(\\)"
    let _ = s;
}

pub fn sync_macros(p: &str) {
    println!("{}", std::fs::read_to_string(p).unwrap());
}

pub async fn not_code() -> &'static str {
    let _ = quote::quote! { std::fs::read("generated") };
    stringify!(std::thread::sleep(d))
}

pub async fn serve() {
    std::thread::sleep(std::time::Duration::from_millis(1)); // want warning "std::thread::sleep"
}

#[cfg(test)]
mod tests {
    async fn helper() {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }

    #[tokio::test]
    async fn works() {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
}

#[tokio::test]
async fn outside_a_module() {
    async {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    .await;
}

mod cli;

#[tokio::main]
async fn main() {
    cli::prompt(); // want "CVT202 cli::prompt\\(\\) blocks the async runtime: cli::prompt -> std::io::Stdin::read_line; make cli::prompt async \\(tokio::io::stdin\\)"
}

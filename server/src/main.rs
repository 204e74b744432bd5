//! `heard`: see `heard --help`.

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    heard::telemetry::init();
    let cli = heard::cli::Cli::parse();
    match heard::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("heard: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

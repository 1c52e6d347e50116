use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // Settings in .env count as environment variables, for clap's `env` defaults too.
    let _ = dotenvy::dotenv();
    let cli = citebot::cli::Cli::parse();
    match citebot::cli::run(cli) {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("citebot: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// A reader that went away (`citebot ask --json - | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

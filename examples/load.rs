//! Load test: 1,000 `/ask` interactions through the Discord stand-in to a real
//! `citebot run` process. Reports how many were answered, the latency from
//! dispatch to the interaction callback (median, p99) and the bot's peak memory.
//!
//! ```sh
//! cargo build --release && cargo run --release --example load
//! ```
//! `CITEBOT_BIN` overrides the bot binary (default `target/release/citebot`).

#[path = "../tests/standin/mod.rs"]
mod standin;

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;
use standin::{StandIn, TestUser};

const INTERACTIONS: usize = 1_000;
const IN_FLIGHT: usize = 8;

#[tokio::main]
async fn main() {
    let bin = std::env::var("CITEBOT_BIN").unwrap_or_else(|_| "target/release/citebot".to_owned());
    let standin = Arc::new(StandIn::start().await);
    let data = tempfile::tempdir().expect("temp dir");
    let mut bot = Command::new(&bin)
        .arg("run")
        .env("DISCORD_TOKEN", standin::TOKEN)
        .env("DISCORD_API_URL", standin.api_url())
        .env("CITEBOT_DATA_DIR", data.path())
        .env("CITEBOT_COOLDOWN_SECS", "0")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start {bin} (build it with `cargo build --release`): {e}")
        });
    standin.wait_ready(Duration::from_secs(30)).await;
    standin.wait_commands(Duration::from_secs(30)).await;

    let questions: Vec<String> = include_str!("../tests/data/eval.tsv")
        .lines()
        .filter_map(|l| l.split_once('\t').map(|(_, q)| q.to_owned()))
        .collect();
    let started = Instant::now();
    let mut latencies = Vec::with_capacity(INTERACTIONS);
    let mut answered = 0;
    for batch in (0..INTERACTIONS).collect::<Vec<_>>().chunks(IN_FLIGHT) {
        let tasks: Vec<_> = batch
            .iter()
            .map(|&i| {
                let standin = Arc::clone(&standin);
                let question = questions[i % questions.len()].clone();
                tokio::spawn(async move {
                    let user = TestUser::member(3_000_000_000_000_000_000 + i as u64, "load", 0);
                    let t0 = Instant::now();
                    let it = standin
                        .slash(
                            &user,
                            "ask",
                            json!([{"name": "question", "type": 3, "value": question}]),
                        )
                        .await;
                    let reply = standin.callback(&it, Duration::from_secs(10)).await;
                    (t0.elapsed(), reply["type"] == 4)
                })
            })
            .collect();
        for task in tasks {
            let (latency, ok) = task.await.expect("interaction task");
            latencies.push(latency);
            answered += usize::from(ok);
        }
    }
    let total = started.elapsed();
    let peak = peak_memory_kib(bot.id());
    let _ = bot.kill();
    let _ = bot.wait();

    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p).ceil() as usize).saturating_sub(1)];
    println!("answered: {answered}/{INTERACTIONS} in {total:.2?} ({IN_FLIGHT} in flight)");
    println!(
        "dispatch -> callback latency: median {:.2?}, p99 {:.2?}, max {:.2?}",
        pct(0.5),
        pct(0.99),
        pct(1.0)
    );
    match peak {
        Some(kib) => println!("bot peak memory (VmHWM): {:.1} MiB", kib as f64 / 1024.0),
        None => println!("bot peak memory: unavailable (no /proc)"),
    }
}

/// Peak resident set size of a process, from /proc (Linux).
fn peak_memory_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

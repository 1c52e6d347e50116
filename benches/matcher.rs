//! Speed of the engine: one query, loading the knowledge, a batch of questions.
//! Run with `cargo bench`; divan prints the median among other statistics.

use citebot::answer::Engine;
use citebot::knowledge::KnowledgeBase;
use citebot::matcher::Thresholds;

fn main() {
    divan::main();
}

fn engine() -> Engine {
    Engine::new(
        KnowledgeBase::bundled().expect("bundled knowledge"),
        Thresholds::default(),
    )
}

const QUESTIONS: [&str; 4] = [
    "how many people were deported for drug offenses?",
    "what does kely think about weed",
    "What did Kelly say about the border wall?",
    "what is the capital of france",
];

/// One question, as a user types it.
#[divan::bench(args = QUESTIONS)]
fn query(bencher: divan::Bencher, question: &str) {
    let engine = engine();
    bencher.bench_local(|| engine.ask(divan::black_box(question)).map(|a| a.score));
}

/// Loading, validating and indexing the bundled knowledge base.
#[divan::bench]
fn load_and_validate() -> Engine {
    engine()
}

/// 10,000 questions from the evaluation set, as `citebot ask --json -` would answer them.
#[divan::bench(sample_count = 10)]
fn batch_10k_json(bencher: divan::Bencher) {
    let engine = engine();
    let eval = include_str!("../tests/data/eval.tsv");
    let questions: Vec<&str> = eval
        .lines()
        .filter_map(|l| l.split_once('\t').map(|(_, q)| q))
        .cycle()
        .take(10_000)
        .collect();
    bencher.bench_local(|| {
        let mut out = Vec::with_capacity(4 << 20);
        for q in &questions {
            if let Ok(answer) = engine.ask(q) {
                serde_json::to_writer(&mut out, &answer.to_json()).expect("write to memory");
                out.push(b'\n');
            }
        }
        out.len()
    });
}

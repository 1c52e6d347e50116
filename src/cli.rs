//! The command line: `ask`, `check`, `eval` and `run`, over the same engine the bot uses.

use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Args, Parser, Subcommand};

use crate::answer::{Engine, JsonAnswer};
use crate::knowledge::KnowledgeBase;
use crate::matcher::Thresholds;

/// Answers questions about one news article, with verbatim citations.
#[derive(Debug, Parser)]
#[command(name = "citebot", version, about)]
pub struct Cli {
    #[command(flatten)]
    pub engine: EngineArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Where the knowledge comes from and how the matcher decides.
#[derive(Debug, Clone, Args)]
pub struct EngineArgs {
    /// Load the knowledge base from this directory instead of the one built into the binary.
    #[arg(long, global = true, env = "CITEBOT_KNOWLEDGE", value_name = "DIR")]
    pub knowledge: Option<PathBuf>,
    /// Lowest score that is answered.
    #[arg(long, global = true, env = "CITEBOT_ANSWER_THRESHOLD", default_value_t = Thresholds::default().answer)]
    pub answer_threshold: f32,
    /// Entries this close to the best one make a question ambiguous.
    #[arg(long, global = true, env = "CITEBOT_MARGIN", default_value_t = Thresholds::default().margin)]
    pub margin: f32,
    /// Lowest score offered as a suggestion when declining.
    #[arg(long, global = true, env = "CITEBOT_SUGGEST_THRESHOLD", default_value_t = Thresholds::default().suggest)]
    pub suggest_threshold: f32,
}

impl EngineArgs {
    pub fn thresholds(&self) -> Thresholds {
        Thresholds {
            answer: self.answer_threshold,
            margin: self.margin,
            suggest: self.suggest_threshold,
        }
    }

    /// Loads and validates the knowledge base these arguments name.
    pub fn knowledge_base(&self) -> Result<KnowledgeBase, crate::knowledge::Invalid> {
        match &self.knowledge {
            Some(dir) => KnowledgeBase::load_dir(dir),
            None => KnowledgeBase::bundled(),
        }
    }

    pub fn engine(&self) -> anyhow::Result<Engine> {
        let kb = self
            .knowledge_base()
            .with_context(|| self.knowledge_label())?;
        Ok(Engine::new(kb, self.thresholds()))
    }

    fn knowledge_label(&self) -> String {
        match &self.knowledge {
            Some(dir) => format!("cannot load the knowledge base from {}", dir.display()),
            None => "the bundled knowledge base is invalid".to_owned(),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer a question (or, with `-`, one question a line from stdin).
    Ask {
        /// Print one JSON object per question.
        #[arg(long)]
        json: bool,
        /// Also show the terms the matcher saw, with their weights.
        #[arg(long, conflicts_with = "json")]
        explain: bool,
        /// The question, or `-` to read questions from stdin.
        question: String,
    },
    /// Validate the knowledge base and report every problem.
    Check,
    /// Run a labelled question file and report accuracy.
    Eval {
        /// Lines of `LABEL<TAB>QUESTION`; LABEL is an entry id, `off-topic` or `near-miss`.
        file: PathBuf,
    },
    /// Run the Discord bot (configuration from the environment and .env).
    Run(crate::discord::RunArgs),
}

/// Runs a parsed command line; the returned code is the process's exit code.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Ask {
            json,
            explain,
            question,
        } => {
            let engine = cli.engine.engine()?;
            if explain {
                for (term, weight, credit) in engine.matcher().explain(&question) {
                    println!("term {term:<24} weight {weight:.2}  credit {credit:.2}");
                }
            }
            ask(&engine, json, &question)
        }
        Command::Check => check(&cli.engine),
        Command::Eval { file } => eval(&cli.engine.engine()?, &file),
        Command::Run(args) => crate::discord::run(cli.engine, args),
    }
}

fn ask(engine: &Engine, json: bool, question: &str) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if question != "-" {
        let ok = answer_one(engine, json, question, &mut out)?;
        out.flush()?;
        return Ok(if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(2)
        });
    }
    // One question a line. Lines are read as bytes so that one undecodable
    // line gets its own "invalid" answer instead of ending the run.
    for line in io::stdin().lock().split(b'\n') {
        let mut bytes = line.context("cannot read stdin")?;
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        match String::from_utf8(bytes) {
            Ok(text) => {
                answer_one(engine, json, &text, &mut out)?;
            }
            Err(err) => {
                let text = String::from_utf8_lossy(err.as_bytes()).into_owned();
                write_invalid(json, &text, "the line is not valid UTF-8", &mut out)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the answer to one question; `false` when the question itself was refused.
fn answer_one(
    engine: &Engine,
    json: bool,
    question: &str,
    out: &mut impl Write,
) -> io::Result<bool> {
    match engine.ask(question) {
        Ok(answer) if json => {
            serde_json::to_writer(&mut *out, &answer.to_json())?;
            writeln!(out)?;
            Ok(true)
        }
        Ok(answer) => {
            writeln!(out, "{}", answer.to_text(engine.knowledge()))?;
            Ok(true)
        }
        Err(err) => {
            write_invalid(json, question, &err.to_string(), out)?;
            Ok(false)
        }
    }
}

fn write_invalid(json: bool, question: &str, error: &str, out: &mut impl Write) -> io::Result<()> {
    if json {
        serde_json::to_writer(&mut *out, &JsonAnswer::invalid(question, error.to_owned()))?;
        writeln!(out)
    } else {
        writeln!(out, "Cannot answer: {error}")
    }
}

fn check(args: &EngineArgs) -> anyhow::Result<ExitCode> {
    match args.knowledge_base() {
        Ok(kb) => {
            let uncited = kb.uncited_paragraphs();
            if !uncited.is_empty() {
                println!("warning: no entry cites paragraph(s) {uncited:?}");
            }
            println!(
                "ok: {} entries over {} paragraphs of \"{}\" ({})",
                kb.entries.len(),
                kb.article.paragraphs.len(),
                kb.article.title,
                kb.origin
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(invalid) => {
            eprintln!("{invalid}");
            Ok(ExitCode::FAILURE)
        }
    }
}

fn eval(engine: &Engine, file: &Path) -> anyhow::Result<ExitCode> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let cases = crate::eval::parse(&text, engine).with_context(|| file.display().to_string())?;
    let report = crate::eval::run(engine, &cases);
    write!(io::stdout().lock(), "{report}")?;
    Ok(ExitCode::SUCCESS)
}

//! Labelled evaluation: runs a file of questions with their expected outcome
//! and reports accuracy for in-scope, off-topic and near-miss questions.
//!
//! The file has one case a line, `LABEL<TAB>QUESTION`, where LABEL is the id
//! of the entry that should answer (or several ids joined by `|` when each of
//! them answers the question), `off-topic` (nothing to do with the article) or
//! `near-miss` (sounds like the article, but it does not say).
//! Blank lines and lines starting with `#` are ignored.

use std::fmt;

use crate::answer::Engine;
use crate::matcher::Status;

/// What a question should get.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// Any of these entries answers the question right.
    Entries(Vec<String>),
    OffTopic,
    NearMiss,
}

/// One labelled question.
#[derive(Debug, Clone)]
pub struct Case {
    pub line: usize,
    pub expected: Expected,
    pub question: String,
}

/// A line of the evaluation file that cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct EvalError {
    pub line: usize,
    pub message: String,
}

/// Reads an evaluation file, checking that every label names a known entry.
pub fn parse(text: &str, engine: &Engine) -> Result<Vec<Case>, EvalError> {
    let mut cases = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((label, question)) = raw.split_once('\t') else {
            return Err(EvalError {
                line,
                message: "expected LABEL<TAB>QUESTION".to_owned(),
            });
        };
        let expected = match label.trim() {
            "off-topic" => Expected::OffTopic,
            "near-miss" => Expected::NearMiss,
            ids => {
                let ids: Vec<String> = ids.split('|').map(|id| id.trim().to_owned()).collect();
                if let Some(id) = ids.iter().find(|id| engine.knowledge().entry(id).is_none()) {
                    return Err(EvalError {
                        line,
                        message: format!("unknown entry id `{id}`"),
                    });
                }
                Expected::Entries(ids)
            }
        };
        cases.push(Case {
            line,
            expected,
            question: question.to_owned(),
        });
    }
    Ok(cases)
}

/// Right answers out of questions asked, for one kind of question.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub right: usize,
    pub total: usize,
}

impl Tally {
    /// Share right, 1.0 for an empty tally.
    pub fn rate(self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.right as f64 / self.total as f64
        }
    }

    fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{} ({:.1}%)",
            self.right,
            self.total,
            100.0 * self.rate()
        )
    }
}

/// A case the engine got wrong.
#[derive(Debug, Clone)]
pub struct Miss {
    pub case: Case,
    /// What the engine did: a status, and the entry or suggestions it gave.
    pub got: String,
}

/// The outcome of an evaluation run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// In-scope questions answered with the expected entry.
    pub in_scope: Tally,
    /// In-scope questions where the expected entry was at least offered as a suggestion.
    pub in_scope_offered: Tally,
    /// Off-topic questions declined (no match).
    pub off_topic: Tally,
    /// Near-miss questions not answered.
    pub near_miss: Tally,
    pub misses: Vec<Miss>,
}

/// Asks every case and tallies the results.
pub fn run(engine: &Engine, cases: &[Case]) -> Report {
    let mut report = Report::default();
    for case in cases {
        let (right, got) = match engine.ask(&case.question) {
            Err(err) => (false, format!("invalid: {err}")),
            Ok(answer) => {
                let ids: Vec<&str> = answer
                    .entry
                    .iter()
                    .map(|e| e.id.as_str())
                    .chain(answer.suggestions.iter().map(|s| s.entry.id.as_str()))
                    .collect();
                let got = format!(
                    "{} {:.2} [{}]",
                    answer.status.as_str(),
                    answer.score.0,
                    ids.join(", ")
                );
                let right = match &case.expected {
                    Expected::Entries(expected) => {
                        let is_expected = |id: &&str| expected.iter().any(|e| e == id);
                        report.in_scope_offered.add(ids.iter().any(is_expected));
                        answer.status == Status::Answered && ids.first().is_some_and(is_expected)
                    }
                    // Plain off-topic questions must be declined outright, not even offered buttons.
                    Expected::OffTopic => answer.status == Status::NoMatch,
                    Expected::NearMiss => answer.status != Status::Answered,
                };
                (right, got)
            }
        };
        match case.expected {
            Expected::Entries(_) => report.in_scope.add(right),
            Expected::OffTopic => report.off_topic.add(right),
            Expected::NearMiss => report.near_miss.add(right),
        }
        if !right {
            report.misses.push(Miss {
                case: case.clone(),
                got,
            });
        }
    }
    report
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "in-scope answered right: {}", self.in_scope)?;
        writeln!(
            f,
            "in-scope offered (answer or suggestion): {}",
            self.in_scope_offered
        )?;
        writeln!(f, "off-topic declined:      {}", self.off_topic)?;
        writeln!(f, "near-miss not answered:  {}", self.near_miss)?;
        if !self.misses.is_empty() {
            writeln!(f, "\nmisses ({}):", self.misses.len())?;
            for miss in &self.misses {
                let expected = match &miss.case.expected {
                    Expected::Entries(ids) => ids.join("|"),
                    Expected::OffTopic => "off-topic".to_owned(),
                    Expected::NearMiss => "near-miss".to_owned(),
                };
                writeln!(
                    f,
                    "  line {}: {:?}\n    expected {expected}, got {}",
                    miss.case.line, miss.case.question, miss.got
                )?;
            }
        }
        Ok(())
    }
}

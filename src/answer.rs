//! The engine's answer to one question, shared by the CLI and the Discord bot:
//! question checking, the [`Answer`] value, its JSON shape and its terminal text.

use std::fmt::Write as _;

use serde::Serialize;

use crate::knowledge::{Citation, Entry, KnowledgeBase, CREDITS_PARAGRAPH, MAX_QUESTION_CHARS};
use crate::matcher::{Matcher, Score, Status, Thresholds};

/// Why a question cannot be answered at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuestionError {
    #[error("the question is empty: ask something about the article")]
    Empty,
    #[error("the question is {len} characters long; please keep it to {MAX_QUESTION_CHARS}")]
    TooLong { len: usize },
    #[error("the question contains binary data or control characters")]
    Binary,
}

/// Cleans a question as typed: drops invisible format characters (zero-width
/// joiners, direction marks), turns line breaks and tabs into spaces, and
/// refuses empty, over-long or binary input. Over-long questions are refused,
/// not cut, so the user knows which part was read.
pub fn clean_question(raw: &str) -> Result<String, QuestionError> {
    let mut cleaned = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '\n' | '\r' | '\t' => cleaned.push(' '),
            '\u{FFFD}' => return Err(QuestionError::Binary),
            c if c.is_control() => return Err(QuestionError::Binary),
            c if is_invisible(c) => {}
            c => cleaned.push(c),
        }
    }
    let trimmed = cleaned.trim();
    let len = trimmed.chars().count();
    if len == 0 {
        Err(QuestionError::Empty)
    } else if len > MAX_QUESTION_CHARS {
        Err(QuestionError::TooLong { len })
    } else {
        Ok(trimmed.to_owned())
    }
}

/// Unicode format characters that render as nothing.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}')
}

/// The knowledge base and its matcher: everything needed to answer questions.
#[derive(Debug)]
pub struct Engine {
    kb: KnowledgeBase,
    matcher: Matcher,
}

impl Engine {
    /// Reuses the index validation built, so a knowledge base is indexed once.
    pub fn new(mut kb: KnowledgeBase, thresholds: Thresholds) -> Self {
        let matcher = match kb.take_index() {
            Some(matcher) => matcher.with_thresholds(thresholds),
            None => Matcher::new(&kb, thresholds),
        };
        Engine { kb, matcher }
    }

    pub fn knowledge(&self) -> &KnowledgeBase {
        &self.kb
    }

    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Answers one question as typed by a user.
    pub fn ask(&self, raw: &str) -> Result<Answer<'_>, QuestionError> {
        let query = clean_question(raw)?;
        let verdict = self.matcher.query(&query);
        let mut candidates = verdict.candidates.iter().map(|c| Suggestion {
            entry: &self.kb.entries[c.index],
            score: c.score,
        });
        let (entry, suggestions) = match verdict.status {
            Status::Answered => (candidates.next().map(|s| s.entry), Vec::new()),
            Status::Ambiguous | Status::NoMatch => (None, candidates.collect()),
        };
        Ok(Answer {
            query,
            status: verdict.status,
            score: verdict.score,
            entry,
            suggestions,
        })
    }
}

/// An entry offered as "did you mean".
#[derive(Debug, Clone, Copy)]
pub struct Suggestion<'a> {
    pub entry: &'a Entry,
    pub score: Score,
}

/// What the engine says to one question.
#[derive(Debug, Clone)]
pub struct Answer<'a> {
    /// The question as read, after cleaning.
    pub query: String,
    pub status: Status,
    pub score: Score,
    /// Set only when answered.
    pub entry: Option<&'a Entry>,
    /// Close entries (ambiguous) or the nearest ones (no match).
    pub suggestions: Vec<Suggestion<'a>>,
}

/// The JSON object `citebot ask --json` prints for each question: a stable
/// shape that other tools depend on.
#[derive(Debug, Serialize)]
pub struct JsonAnswer<'a> {
    pub query: &'a str,
    pub status: &'static str,
    pub score: f32,
    pub entry: Option<JsonEntry<'a>>,
    pub suggestions: Vec<JsonSuggestion<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct JsonEntry<'a> {
    pub id: &'a str,
    pub question: &'a str,
    pub answer: &'a str,
    pub citations: &'a [Citation],
}

#[derive(Debug, Serialize)]
pub struct JsonSuggestion<'a> {
    pub id: &'a str,
    pub question: &'a str,
    pub score: f32,
}

/// Scores are printed to three decimals: more is noise.
fn round(score: Score) -> f32 {
    (score.0 * 1000.0).round() / 1000.0
}

impl<'a> Answer<'a> {
    pub fn to_json(&'a self) -> JsonAnswer<'a> {
        JsonAnswer {
            query: &self.query,
            status: self.status.as_str(),
            score: round(self.score),
            entry: self.entry.map(|e| JsonEntry {
                id: e.id.as_str(),
                question: &e.question,
                answer: &e.answer,
                citations: &e.citations,
            }),
            suggestions: self
                .suggestions
                .iter()
                .map(|s| JsonSuggestion {
                    id: s.entry.id.as_str(),
                    question: &s.entry.question,
                    score: round(s.score),
                })
                .collect(),
            error: None,
        }
    }

    /// The answer as a person reads it in a terminal.
    pub fn to_text(&self, kb: &KnowledgeBase) -> String {
        let mut out = String::new();
        match (self.status, self.entry) {
            (Status::Answered, Some(entry)) => {
                let _ = writeln!(out, "{}\n", entry.answer);
                for citation in &entry.citations {
                    let _ = writeln!(
                        out,
                        "  \"{}\"\n    ({})",
                        citation.quote,
                        paragraph_label(citation.paragraph)
                    );
                }
                let a = &kb.article;
                let _ = writeln!(
                    out,
                    "\nSource: \"{}\" by {} ({})",
                    a.title, a.author, a.publisher
                );
                let _ = writeln!(
                    out,
                    "Matched: {} [{}], confidence {:.2}",
                    entry.question, entry.id, self.score.0
                );
            }
            (Status::Ambiguous, _) => {
                let _ = writeln!(out, "Did you mean one of these?");
                self.write_suggestions(&mut out);
            }
            _ => {
                let _ = writeln!(
                    out,
                    "Sorry, the article doesn't answer that. I can only answer questions about \"{}\".",
                    kb.article.title
                );
                if !self.suggestions.is_empty() {
                    let _ = writeln!(out, "Nearest topics:");
                    self.write_suggestions(&mut out);
                }
            }
        }
        out
    }

    fn write_suggestions(&self, out: &mut String) {
        for (i, s) in self.suggestions.iter().enumerate() {
            let _ = writeln!(
                out,
                "  {}. {} [{}] ({:.2})",
                i + 1,
                s.entry.question,
                s.entry.id,
                s.score.0
            );
        }
    }
}

impl<'a> JsonAnswer<'a> {
    /// The JSON line for input that could not be asked at all.
    pub fn invalid(query: &'a str, error: String) -> Self {
        JsonAnswer {
            query,
            status: "invalid",
            score: 0.0,
            entry: None,
            suggestions: Vec::new(),
            error: Some(error),
        }
    }
}

/// How a citation's paragraph is named for readers.
pub fn paragraph_label(paragraph: u32) -> String {
    if paragraph == CREDITS_PARAGRAPH {
        "article credits".to_owned()
    } else {
        format!("paragraph {paragraph}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_question_refuses_what_cannot_be_asked() {
        assert_eq!(clean_question("   \n\t "), Err(QuestionError::Empty));
        assert_eq!(
            clean_question("\u{200B}\u{FEFF}"),
            Err(QuestionError::Empty)
        );
        assert_eq!(clean_question("a\u{0}b"), Err(QuestionError::Binary));
        assert_eq!(
            clean_question("bad \u{FFFD} bytes"),
            Err(QuestionError::Binary)
        );
        assert_eq!(
            clean_question(&"a".repeat(301)),
            Err(QuestionError::TooLong { len: 301 })
        );
    }

    #[test]
    fn clean_question_keeps_text_and_drops_invisibles() {
        assert_eq!(
            clean_question("  who\u{200D} wrote\nthis? "),
            Ok("who wrote this?".to_owned())
        );
        assert_eq!(
            clean_question(&"é".repeat(300)).map(|q| q.chars().count()),
            Ok(300)
        );
        assert_eq!(clean_question("🌿 weed? 🤔"), Ok("🌿 weed? 🤔".to_owned()));
    }
}

//! The knowledge base: the article, the Q&A entries distilled from it and the
//! vocabulary users write differently, loaded from `knowledge/` and validated.
//!
//! Loading happens in two layers, as ripgrep parses flags: serde reads the raw
//! files (`RawEntry`, ...), then validation builds a [`KnowledgeBase`] or reports
//! every [`Problem`] at once, each naming its file, entry and position. A
//! knowledge base that exists as a value has passed validation: every quote is
//! a verbatim span of the paragraph it cites.

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use crate::matcher::{Matcher, Thresholds};

/// Longest answer accepted: the description of a Discord embed.
pub const MAX_ANSWER_CHARS: usize = 4096;
/// Longest quote accepted: an embed field (1024) less room for quote marks and the paragraph label.
pub const MAX_QUOTE_CHARS: usize = 1000;
/// Longest question or alternate accepted: what a user may type into `/ask`.
pub const MAX_QUESTION_CHARS: usize = 300;

/// The files a knowledge directory holds.
pub const ARTICLE_META_FILE: &str = "article.json";
pub const ARTICLE_TEXT_FILE: &str = "article.txt";
pub const QA_FILE: &str = "qa.json";
pub const VOCABULARY_FILE: &str = "vocabulary.json";

/// Paragraph number that cites the article's credits (title, byline, reprint note)
/// rather than a body paragraph.
pub const CREDITS_PARAGRAPH: u32 = 0;

/// A stable, kebab-case identifier of a knowledge-base entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct EntryId(String);

impl EntryId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The article every answer comes from.
#[derive(Debug, Clone)]
pub struct Article {
    pub title: String,
    pub author: String,
    pub publisher: String,
    pub byline: String,
    pub reprint_note: String,
    /// Body paragraphs; paragraph `n` is `paragraphs[n - 1]`.
    pub paragraphs: Vec<String>,
}

impl Article {
    /// The text a citation of paragraph `n` must quote from; `None` when out of range.
    pub fn cited_text(&self, n: u32) -> Option<String> {
        if n == CREDITS_PARAGRAPH {
            return Some(format!(
                "{}\n{}\n{}",
                self.title, self.byline, self.reprint_note
            ));
        }
        self.paragraphs.get(n as usize - 1).cloned()
    }
}

/// A quote from the article supporting an answer.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Citation {
    /// Body paragraph number (1-based), or [`CREDITS_PARAGRAPH`] for the credits.
    pub paragraph: u32,
    /// A verbatim span of that paragraph.
    pub quote: String,
}

/// One question the bot can answer, with its cited answer.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: EntryId,
    pub question: String,
    pub alternates: Vec<String>,
    pub answer: String,
    pub citations: Vec<Citation>,
    /// Extra words the entry is about, which count for matching like alternates.
    pub keywords: Vec<String>,
    /// The vocabulary's speakers whose words or findings the answer reports: a question
    /// asking what someone else said ("what did Obama say about Kelly?") is not for it.
    pub said_by: Vec<String>,
}

impl Entry {
    /// The question and its alternates: every phrasing the matcher compares against.
    pub fn variants(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.question.as_str()).chain(self.alternates.iter().map(String::as_str))
    }
}

/// Words users write differently, editable by moderators.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// Groups of words or phrases that mean the same thing here; the first names the group.
    pub synonyms: Vec<Vec<String>>,
    /// Words and phrases that carry no meaning in a question ("what", "pls", "never heard").
    pub stopwords: Vec<String>,
    /// People and organisations a question can ask the words of ("what did Sessions say?").
    #[serde(default)]
    pub speakers: Vec<String>,
    /// Words that ask for what someone said ("say", which its synonyms "think", "stance" join).
    #[serde(default)]
    pub speech: Vec<String>,
    /// Words that say what kind of answer is wanted but not about what ("who", "when",
    /// "how many"): a question of nothing else ("when?", "who are you") is declined.
    #[serde(default)]
    pub question_words: Vec<String>,
    /// Words that ask for a number ("how many"): an entry whose answer states none
    /// cannot answer them ("how many states legalized it?").
    #[serde(default)]
    pub quantity_words: Vec<String>,
    /// Words that ask for a time ("when"): an entry whose answer states none cannot
    /// answer them ("when did Chuck Todd start hosting?").
    #[serde(default)]
    pub time_words: Vec<String>,
    /// Words that ask for a name ("what is the name of the 1996 law?"): an entry whose
    /// answer names nothing (no capitalised word inside a sentence) cannot answer them.
    #[serde(default)]
    pub name_words: Vec<String>,
    /// Words that insist on precision ("exactly", "the actual count"): with "how many" or
    /// "when", only an answer that states an exact count or a date fits.
    #[serde(default)]
    pub precision_words: Vec<String>,
    /// Words that ask for a part of a count ("specifically", "broken down"): with "how many",
    /// they ask for a breakdown, like "how many of the 260,000".
    #[serde(default)]
    pub part_words: Vec<String>,
    /// Words that ask who made or named a work ("wrote", "headline", "published"): an unknown
    /// word they govern names another work ("who wrote the Odyssey?"), not the article.
    #[serde(default)]
    pub work_words: Vec<String>,
    /// Phrases that ask beyond a fact ("what else", "anything else"): the entry that states
    /// the fact is the one thing they do not ask for.
    #[serde(default)]
    pub beyond_words: Vec<String>,
    /// Words of reacting ("respond", "in response to"): with two speakers named, the question
    /// asks one's reaction to the other, which the article never reports.
    #[serde(default)]
    pub reaction_words: Vec<String>,
    /// Phrases that relay a claim to be checked ("someone said", "is that true"): the words
    /// the claim gets wrong are not what the question asks about.
    #[serde(default)]
    pub claim_words: Vec<String>,
    /// Phrases that guess at what something is ("is he a senator or what", "like a
    /// warrant"): asked of a name the article knows, the guess is not what is asked.
    #[serde(default)]
    pub guess_words: Vec<String>,
    /// Phrases that talk to the bot rather than ask about the article ("your name",
    /// "who made you"): a question with one matches nothing.
    #[serde(default)]
    pub small_talk: Vec<String>,
}

/// A validated knowledge base.
#[derive(Debug, Clone)]
pub struct KnowledgeBase {
    pub article: Article,
    pub entries: Vec<Entry>,
    pub vocabulary: Vocabulary,
    /// Where it was loaded from, for people: a directory, or "bundled".
    pub origin: String,
    /// The matcher's index, built once for validation and handed on to the engine.
    index: Option<std::sync::Arc<Matcher>>,
}

impl KnowledgeBase {
    /// The knowledge base compiled into the binary from `knowledge/`.
    pub fn bundled() -> Result<Self, Invalid> {
        let file = |name: &str, text: &'static str| Source {
            name: format!("knowledge/{name} (bundled)"),
            text: Some(text.to_owned()),
        };
        Self::from_sources(
            Sources {
                article_meta: file(ARTICLE_META_FILE, include_str!("../knowledge/article.json")),
                article_text: file(ARTICLE_TEXT_FILE, include_str!("../knowledge/article.txt")),
                qa: file(QA_FILE, include_str!("../knowledge/qa.json")),
                vocabulary: file(
                    VOCABULARY_FILE,
                    include_str!("../knowledge/vocabulary.json"),
                ),
            },
            "bundled".to_owned(),
        )
    }

    /// Loads and validates the knowledge directory `dir`.
    pub fn load_dir(dir: &Path) -> Result<Self, Invalid> {
        let mut problems = Vec::new();
        let mut read = |name: &str| {
            let path = dir.join(name);
            let display = path.display().to_string();
            let text = match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => Some(text),
                    Err(_) => {
                        problems.push(Problem::file(&display, ProblemKind::NotUtf8));
                        None
                    }
                },
                Err(err) => {
                    problems.push(Problem::file(
                        &display,
                        ProblemKind::Unreadable(err.to_string()),
                    ));
                    None
                }
            };
            Source {
                name: display,
                text,
            }
        };
        let sources = Sources {
            article_meta: read(ARTICLE_META_FILE),
            article_text: read(ARTICLE_TEXT_FILE),
            qa: read(QA_FILE),
            vocabulary: read(VOCABULARY_FILE),
        };
        match Self::from_sources(sources, dir.display().to_string()) {
            Ok(kb) if problems.is_empty() => Ok(kb),
            Ok(_) => Err(Invalid { problems }),
            Err(mut invalid) => {
                problems.append(&mut invalid.problems);
                Err(Invalid { problems })
            }
        }
    }

    /// The matcher index built while validating, if nobody took it yet.
    pub(crate) fn take_index(&mut self) -> Option<Matcher> {
        self.index
            .take()
            .and_then(|index| std::sync::Arc::try_unwrap(index).ok())
    }

    /// Looks an entry up by id.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id.as_str() == id)
    }

    fn from_sources(sources: Sources, origin: String) -> Result<Self, Invalid> {
        let mut v = Validator::default();
        let article = v.article(&sources.article_meta, &sources.article_text);
        let raw_entries = v.qa(&sources.qa);
        let vocabulary = v.vocabulary(&sources.vocabulary);
        let (Some(article), Some(raw_entries), Some(vocabulary)) =
            (article, raw_entries, vocabulary)
        else {
            return Err(Invalid {
                problems: v.problems,
            });
        };
        let entries = v.entries(&sources.qa, raw_entries, &article, &vocabulary);
        if !v.problems.is_empty() {
            return Err(Invalid {
                problems: v.problems,
            });
        }
        let mut kb = KnowledgeBase {
            article,
            entries,
            vocabulary,
            origin,
            index: None,
        };
        let matcher = Matcher::new(&kb, Thresholds::default());
        v.distinguishable(&sources.qa, &kb, &matcher);
        kb.index = Some(std::sync::Arc::new(matcher));
        if v.problems.is_empty() {
            Ok(kb)
        } else {
            Err(Invalid {
                problems: v.problems,
            })
        }
    }

    /// Body paragraphs no entry cites: not an error, but facts users cannot reach.
    pub fn uncited_paragraphs(&self) -> Vec<u32> {
        let cited: BTreeSet<u32> = self
            .entries
            .iter()
            .flat_map(|e| e.citations.iter().map(|c| c.paragraph))
            .collect();
        (1..=self.article.paragraphs.len() as u32)
            .filter(|n| !cited.contains(n))
            .collect()
    }
}

/// A knowledge base that failed validation, with every problem found.
#[derive(Debug, thiserror::Error)]
#[error("the knowledge base is invalid ({} problem{}):\n{}", .problems.len(), if .problems.len() == 1 { "" } else { "s" }, ProblemList(.problems))]
pub struct Invalid {
    pub problems: Vec<Problem>,
}

struct ProblemList<'a>(&'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "  {p}")?;
        }
        Ok(())
    }
}

/// One thing wrong with the knowledge base, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: String,
    pub entry: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub kind: ProblemKind,
}

impl Problem {
    fn file(file: &str, kind: ProblemKind) -> Self {
        Problem {
            file: file.to_owned(),
            entry: None,
            line: None,
            column: None,
            kind,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": ")?;
        if let Some(entry) = &self.entry {
            write!(f, "entry `{entry}`: ")?;
        }
        write!(f, "{}", self.kind)
    }
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProblemKind {
    #[error("cannot read: {0}")]
    Unreadable(String),
    #[error("not UTF-8 text")]
    NotUtf8,
    #[error("malformed JSON: {0}")]
    Syntax(String),
    #[error("{0}")]
    Schema(String),
    #[error("the article text does not match article.json: {0}")]
    ArticleMismatch(String),
    #[error("duplicate id (first defined at line {first_line})")]
    DuplicateId { first_line: usize },
    #[error("id must be kebab-case (lowercase letters, digits and single hyphens)")]
    BadId,
    #[error("{field} is empty")]
    Empty { field: &'static str },
    #[error("{field} is {len} characters; the limit is {max}")]
    TooLong {
        field: String,
        len: usize,
        max: usize,
    },
    #[error("said_by names \"{0}\", which is not one of the vocabulary's speakers")]
    UnknownSpeaker(String),
    #[error("no citations: every answer must be supported by a quote")]
    NoCitations,
    #[error("citation {index}: paragraph {paragraph} does not exist (the article has paragraphs 1..={last}, and 0 for its credits)")]
    ParagraphOutOfRange {
        index: usize,
        paragraph: u32,
        last: usize,
    },
    #[error(
        "citation {index}: the quote is not a verbatim span of paragraph {paragraph}: \"{quote}\""
    )]
    QuoteNotVerbatim {
        index: usize,
        paragraph: u32,
        quote: String,
    },
    #[error("the matcher cannot tell it apart from entry `{other}`: asking \"{question}\" gives {outcome}")]
    Indistinguishable {
        other: String,
        question: String,
        outcome: String,
    },
}

struct Source {
    name: String,
    /// `None` when the file could not be read (already reported).
    text: Option<String>,
}

struct Sources {
    article_meta: Source,
    article_text: Source,
    qa: Source,
    vocabulary: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArticle {
    title: String,
    author: String,
    publisher: String,
    reprint_note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQa {
    entries: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: String,
    question: String,
    alternates: Vec<String>,
    answer: String,
    citations: Vec<RawCitation>,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    said_by: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCitation {
    paragraph: u32,
    quote: String,
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn push(&mut self, file: &str, entry: Option<&str>, line: Option<usize>, kind: ProblemKind) {
        self.problems.push(Problem {
            file: file.to_owned(),
            entry: entry.map(str::to_owned),
            line,
            column: None,
            kind,
        });
    }

    /// Parses a whole file, reporting a syntax or schema error with its line and column.
    fn parse<T: serde::de::DeserializeOwned>(&mut self, source: &Source) -> Option<T> {
        let text = source.text.as_deref()?;
        serde_json::from_str(text)
            .map_err(|err| {
                let kind = if err.is_syntax() || err.is_eof() {
                    ProblemKind::Syntax(strip_position(&err))
                } else {
                    ProblemKind::Schema(strip_position(&err))
                };
                self.problems.push(Problem {
                    file: source.name.clone(),
                    entry: None,
                    line: Some(err.line()),
                    column: Some(err.column()),
                    kind,
                });
            })
            .ok()
    }

    fn article(&mut self, meta: &Source, text: &Source) -> Option<Article> {
        let raw: RawArticle = self.parse(meta)?;
        let body = text.text.as_deref()?;
        let blocks: Vec<String> = body
            .split("\n\n")
            .map(|b| {
                b.lines()
                    .map(str::trim)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .trim()
                    .to_owned()
            })
            .filter(|b| !b.is_empty())
            .collect();
        let mismatch = |what: String| Problem::file(&text.name, ProblemKind::ArticleMismatch(what));
        if blocks.len() < 4 {
            self.problems.push(mismatch(format!(
                "expected a title, a byline, paragraphs and a reprint note separated by blank lines, found {} block(s)",
                blocks.len()
            )));
            return None;
        }
        let mut ok = true;
        if blocks[0] != raw.title {
            self.problems.push(mismatch(format!(
                "the first block is not the title \"{}\"",
                raw.title
            )));
            ok = false;
        }
        if !blocks[1].contains(&raw.author) {
            self.problems.push(mismatch(format!(
                "the byline does not name the author \"{}\"",
                raw.author
            )));
            ok = false;
        }
        let last = blocks.len() - 1;
        if blocks[last] != raw.reprint_note {
            self.problems.push(mismatch(
                "the last block is not the reprint note".to_owned(),
            ));
            ok = false;
        }
        if !raw.reprint_note.contains(&raw.publisher) {
            self.problems.push(Problem::file(
                &meta.name,
                ProblemKind::Schema(format!(
                    "the reprint note does not name the publisher \"{}\"",
                    raw.publisher
                )),
            ));
            ok = false;
        }
        ok.then(|| Article {
            title: raw.title,
            author: raw.author,
            publisher: raw.publisher,
            byline: blocks[1].clone(),
            reprint_note: raw.reprint_note,
            paragraphs: blocks[2..last].to_vec(),
        })
    }

    fn vocabulary(&mut self, source: &Source) -> Option<Vocabulary> {
        let vocabulary: Vocabulary = self.parse(source)?;
        // The matcher reads words by their stems, so a word that stems like a word of
        // another group ("illegals" and "illegal") would silently mean only one of them.
        let mut group_of: HashMap<Vec<String>, (usize, &str)> = HashMap::new();
        for (i, group) in vocabulary.synonyms.iter().enumerate() {
            if group.len() < 2 || group.iter().any(|w| crate::text::words(w).is_empty()) {
                self.push(
                    &source.name,
                    None,
                    None,
                    ProblemKind::Schema(format!(
                        "synonym group {} needs at least two non-empty words: {group:?}",
                        i + 1
                    )),
                );
            }
            for word in group {
                let stems = crate::text::stems(word);
                match group_of.get(&stems) {
                    Some(&(other, first)) if other != i => self.push(
                        &source.name,
                        None,
                        None,
                        ProblemKind::Schema(format!(
                            "synonym group {} has \"{word}\", which reads like \"{first}\" of group {}: \
                             a word can mean one thing only",
                            i + 1,
                            other + 1
                        )),
                    ),
                    Some(_) => {}
                    None => {
                        group_of.insert(stems, (i, word));
                    }
                }
            }
        }
        Some(vocabulary)
    }

    fn qa(&mut self, source: &Source) -> Option<Vec<serde_json::Value>> {
        self.parse::<RawQa>(source).map(|raw| raw.entries)
    }

    fn entries(
        &mut self,
        source: &Source,
        raw: Vec<serde_json::Value>,
        article: &Article,
        vocabulary: &Vocabulary,
    ) -> Vec<Entry> {
        let text = source.text.as_deref().unwrap_or_default();
        let mut first_line: HashMap<String, usize> = HashMap::new();
        let id_lines = id_lines(text);
        let mut entries = Vec::with_capacity(raw.len());
        for (index, value) in raw.into_iter().enumerate() {
            let label = value
                .get("id")
                .and_then(|id| id.as_str())
                .map(str::to_owned)
                .unwrap_or_else(|| format!("#{}", index + 1));
            let line = id_lines.get(label.as_str()).copied();
            let entry: RawEntry = match serde_json::from_value(value) {
                Ok(entry) => entry,
                Err(err) => {
                    self.push(
                        &source.name,
                        Some(&label),
                        line,
                        ProblemKind::Schema(err.to_string()),
                    );
                    continue;
                }
            };
            let before = self.problems.len();
            let mut problem = |kind| self.push(&source.name, Some(&label), line, kind);
            if let Some(&first) = first_line.get(&entry.id) {
                problem(ProblemKind::DuplicateId { first_line: first });
            } else {
                first_line.insert(entry.id.clone(), line.unwrap_or(0));
            }
            if !is_kebab_case(&entry.id) {
                problem(ProblemKind::BadId);
            }
            for (field, value) in [("question", &entry.question), ("answer", &entry.answer)] {
                if value.trim().is_empty() {
                    problem(ProblemKind::Empty { field });
                }
            }
            for (i, alternate) in entry.alternates.iter().enumerate() {
                if alternate.trim().is_empty() {
                    problem(ProblemKind::Empty {
                        field: "an alternate",
                    });
                }
                check_len(
                    &mut problem,
                    format!("alternate {}", i + 1),
                    alternate,
                    MAX_QUESTION_CHARS,
                );
            }
            check_len(
                &mut problem,
                "question".to_owned(),
                &entry.question,
                MAX_QUESTION_CHARS,
            );
            check_len(
                &mut problem,
                "answer".to_owned(),
                &entry.answer,
                MAX_ANSWER_CHARS,
            );
            for name in &entry.said_by {
                if !vocabulary
                    .speakers
                    .iter()
                    .any(|s| s.eq_ignore_ascii_case(name))
                {
                    problem(ProblemKind::UnknownSpeaker(name.clone()));
                }
            }
            if entry.citations.is_empty() {
                problem(ProblemKind::NoCitations);
            }
            for (i, citation) in entry.citations.iter().enumerate() {
                let index = i + 1;
                check_len(
                    &mut problem,
                    format!("citation {index}'s quote"),
                    &citation.quote,
                    MAX_QUOTE_CHARS,
                );
                match article.cited_text(citation.paragraph) {
                    None => problem(ProblemKind::ParagraphOutOfRange {
                        index,
                        paragraph: citation.paragraph,
                        last: article.paragraphs.len(),
                    }),
                    Some(cited) => {
                        let quote = citation.quote.trim();
                        if quote.is_empty() || !cited.contains(quote) || quote.contains('\n') {
                            problem(ProblemKind::QuoteNotVerbatim {
                                index,
                                paragraph: citation.paragraph,
                                quote: citation.quote.clone(),
                            });
                        }
                    }
                }
            }
            if self.problems.len() == before {
                entries.push(Entry {
                    id: EntryId(entry.id),
                    question: entry.question,
                    alternates: entry.alternates,
                    answer: entry.answer,
                    citations: entry
                        .citations
                        .into_iter()
                        .map(|c| Citation {
                            paragraph: c.paragraph,
                            quote: c.quote.trim().to_owned(),
                        })
                        .collect(),
                    keywords: entry.keywords,
                    said_by: entry.said_by,
                });
            }
        }
        entries
    }

    /// Every entry's own question must be answered by that entry, not by another
    /// or as a tie: otherwise users could never reach one of the two.
    fn distinguishable(&mut self, source: &Source, kb: &KnowledgeBase, matcher: &Matcher) {
        let id_lines = id_lines(source.text.as_deref().unwrap_or_default());
        for entry in &kb.entries {
            let found = matcher.best(&entry.question);
            let rival = match found.first() {
                Some(top) if *matcher.id(top.index) != entry.id => Some((
                    matcher.id(top.index).clone(),
                    "that entry as the best match",
                )),
                Some(top) => found
                    .get(1)
                    .filter(|second| top.score.0 - second.score.0 < matcher.thresholds().margin)
                    .map(|second| (matcher.id(second.index).clone(), "a tie between the two")),
                None => None,
            };
            if let Some((other, outcome)) = rival {
                self.push(
                    &source.name,
                    Some(entry.id.as_str()),
                    id_lines.get(entry.id.as_str()).copied(),
                    ProblemKind::Indistinguishable {
                        other: other.to_string(),
                        question: entry.question.clone(),
                        outcome: outcome.to_owned(),
                    },
                );
            }
        }
    }
}

fn check_len(problem: &mut impl FnMut(ProblemKind), field: String, value: &str, max: usize) {
    let len = value.chars().count();
    if len > max {
        problem(ProblemKind::TooLong { field, len, max });
    }
}

fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The line (1-based) where each entry id is first defined in `qa.json`, found in one pass
/// over the text: `"id": "what-is-ice"`.
fn id_lines(text: &str) -> HashMap<&str, usize> {
    let mut lines = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let Some(at) = line.find("\"id\"") else {
            continue;
        };
        let value = line[at + 4..].trim_start();
        let Some(value) = value.strip_prefix(':').map(str::trim_start) else {
            continue;
        };
        if let Some(id) = value.strip_prefix('"').and_then(|v| v.split('"').next()) {
            lines.entry(id).or_insert(i + 1);
        }
    }
    lines
}

/// serde_json appends " at line L column C"; the position is reported separately.
fn strip_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_knowledge_is_valid_and_cites_every_paragraph() {
        let kb = KnowledgeBase::bundled().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(kb.article.paragraphs.len(), 12);
        assert!(kb.entries.len() >= 25);
        assert_eq!(kb.uncited_paragraphs(), Vec::<u32>::new());
    }

    #[test]
    fn kebab_case_ids() {
        assert!(is_kebab_case("kelly-on-marijuana"));
        assert!(is_kebab_case("ice-arrests-2017"));
        assert!(!is_kebab_case("Kelly"));
        assert!(!is_kebab_case("a--b"));
        assert!(!is_kebab_case("-a"));
        assert!(!is_kebab_case("a b"));
    }
}

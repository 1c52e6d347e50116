//! citebot answers questions about one news article, with verbatim citations,
//! from the command line and on Discord.
//!
//! # Layout
//! - [`text`]: normalisation, word splitting and stemming shared by both sides of a match.
//! - [`knowledge`]: loads the article, the Q&A entries and the vocabulary from
//!   `knowledge/` (or the copy built into the binary) and validates them.
//! - [`matcher`]: scores a question against every entry; pure, no I/O.
//! - [`answer`]: the [`answer::Engine`] (knowledge + matcher) and the answer it
//!   gives, as JSON and as terminal text.
//! - [`eval`]: labelled evaluation sets and their accuracy report.
//! - [`insights`]: the question log moderators read (unanswered, suggestions, stats), persisted.
//! - [`discord`]: the bot; formats and routes, asks the engine for every answer.
//! - [`cli`]: the command line over all of the above.
//!
//! The engine knows nothing of Discord; the Discord layer only formats and routes.

pub mod answer;
pub mod cli;
pub mod discord;
pub mod eval;
pub mod insights;
pub mod knowledge;
pub mod matcher;
pub mod text;

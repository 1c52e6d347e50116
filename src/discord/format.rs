//! Turns engine answers into Discord messages: embeds, buttons and menus,
//! every text escaped where it echoes users and cut to Discord's limits.

use poise::serenity_prelude as serenity;

use crate::answer::{paragraph_label, Answer, Suggestion};
use crate::knowledge::{Entry, KnowledgeBase};
use crate::matcher::Status;

/// Discord's limits, in characters.
pub mod limits {
    pub const EMBED_TITLE: usize = 256;
    pub const EMBED_DESCRIPTION: usize = 4096;
    pub const EMBED_FIELD_NAME: usize = 256;
    pub const EMBED_FIELD_VALUE: usize = 1024;
    pub const EMBED_FOOTER: usize = 2048;
    pub const EMBED_TOTAL: usize = 6000;
    pub const EMBED_FIELDS: usize = 25;
    pub const CONTENT: usize = 2000;
    pub const BUTTON_LABEL: usize = 80;
    pub const CUSTOM_ID: usize = 100;
    pub const BUTTONS_PER_ROW: usize = 5;
    pub const SELECT_OPTIONS: usize = 25;
    pub const SELECT_LABEL: usize = 100;
    pub const AUTOCOMPLETE_CHOICES: usize = 25;
    pub const AUTOCOMPLETE_NAME: usize = 100;
}

/// Colours: answered in green, a question back in amber, a decline in grey.
const GREEN: u32 = 0x2e_cc_71;
const AMBER: u32 = 0xf1_c4_0f;
const GREY: u32 = 0x95_a5_a6;

/// Cuts `text` to at most `max` characters, on a character boundary, marking the cut with "…".
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Escapes user text so it shows as typed: no markdown, no mention pills,
/// no `@everyone` (allowed mentions already stop pings; this stops the look).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '*' | '_' | '~' | '`' | '|' | '>' | '<' | '#' | '[' | ']' | '(' | ')' | '-'
            | ':' => {
                out.push('\\');
                out.push(c);
            }
            '@' => out.push_str("@\u{200B}"),
            c => out.push(c),
        }
    }
    out
}

/// An embed described plainly, so limits can be enforced before building it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Embed {
    pub title: String,
    pub description: String,
    pub fields: Vec<(String, String)>,
    pub footer: String,
    pub colour: u32,
}

impl Embed {
    /// Cuts every part to its limit, then the description until the whole fits 6000.
    pub fn fit(mut self) -> Self {
        use limits::*;
        self.title = truncate(&self.title, EMBED_TITLE);
        self.footer = truncate(&self.footer, EMBED_FOOTER);
        self.fields.truncate(EMBED_FIELDS);
        for (name, value) in &mut self.fields {
            *name = truncate(name, EMBED_FIELD_NAME);
            *value = truncate(value, EMBED_FIELD_VALUE);
        }
        self.description = truncate(&self.description, EMBED_DESCRIPTION);
        let len = |s: &str| s.chars().count();
        let mut others = len(&self.title)
            + len(&self.footer)
            + self
                .fields
                .iter()
                .map(|(n, v)| len(n) + len(v))
                .sum::<usize>();
        // Quotes go before the answer does: keep at least a line of description.
        while others + 100 > EMBED_TOTAL {
            let Some((n, v)) = self.fields.pop() else {
                break;
            };
            others -= len(&n) + len(&v);
        }
        let room = EMBED_TOTAL.saturating_sub(others);
        self.description = truncate(&self.description, room);
        self
    }

    pub fn build(self) -> serenity::CreateEmbed {
        let e = self.fit();
        let mut embed = serenity::CreateEmbed::new().title(e.title).colour(e.colour);
        if !e.description.is_empty() {
            embed = embed.description(e.description);
        }
        for (name, value) in e.fields {
            embed = embed.field(name, value, false);
        }
        if !e.footer.is_empty() {
            embed = embed.footer(serenity::CreateEmbedFooter::new(e.footer));
        }
        embed
    }
}

/// A short text only the asking user sees, such as a cooldown or an error.
pub fn notice(text: &str) -> poise::CreateReply {
    poise::CreateReply::default()
        .content(truncate(text, limits::CONTENT))
        .ephemeral(true)
        .allowed_mentions(serenity::CreateAllowedMentions::new())
}

/// A reply: one embed and its buttons or menus.
#[derive(Debug, Clone)]
pub struct Reply {
    pub embed: Embed,
    pub components: Vec<serenity::CreateActionRow>,
}

impl Reply {
    pub fn into_poise(self, ephemeral: bool) -> poise::CreateReply {
        poise::CreateReply::default()
            .embed(self.embed.build())
            .components(self.components)
            .ephemeral(ephemeral)
            .allowed_mentions(serenity::CreateAllowedMentions::new())
    }

    pub fn into_interaction(self, ephemeral: bool) -> serenity::CreateInteractionResponseMessage {
        serenity::CreateInteractionResponseMessage::new()
            .embed(self.embed.build())
            .components(self.components)
            .ephemeral(ephemeral)
            .allowed_mentions(serenity::CreateAllowedMentions::new())
    }

    pub fn into_message(self, reply_to: &serenity::Message) -> serenity::CreateMessage {
        serenity::CreateMessage::new()
            .embed(self.embed.build())
            .components(self.components)
            .reference_message(reply_to)
            .allowed_mentions(serenity::CreateAllowedMentions::new())
    }
}

/// Custom ids of the bot's components.
pub mod ids {
    /// A "did you mean" button: `citebot:pick:<question token>:<entry id>`.
    pub const PICK: &str = "citebot:pick:";
    /// A page of `/topics`: `citebot:topics:<page>`.
    pub const TOPICS: &str = "citebot:topics:";
    /// The `/topics` select menu; its value is an entry id.
    pub const SHOW: &str = "citebot:show";
}

/// A hint at how sure the match was, for readers.
fn confidence(score: f32) -> &'static str {
    match score {
        s if s >= 0.8 => "high",
        s if s >= 0.65 => "medium",
        _ => "low",
    }
}

fn source_line(kb: &KnowledgeBase) -> String {
    let a = &kb.article;
    format!("“{}” by {}, {}", a.title, a.author, a.publisher)
}

/// The cited answer to one entry.
pub fn entry_reply(kb: &KnowledgeBase, entry: &Entry, score: Option<f32>) -> Reply {
    let fields = entry
        .citations
        .iter()
        .map(|c| {
            let name = capitalise(&paragraph_label(c.paragraph));
            (name, format!("> {}", c.quote))
        })
        .collect();
    let footer = match score {
        Some(s) => format!(
            "{} · confidence: {} ({s:.2})",
            source_line(kb),
            confidence(s)
        ),
        None => source_line(kb),
    };
    Reply {
        embed: Embed {
            title: entry.question.clone(),
            description: entry.answer.clone(),
            fields,
            footer,
            colour: GREEN,
        },
        components: Vec::new(),
    }
}

/// `s` with its first letter upper-cased.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The reply to a question: an answer, a "did you mean", or a polite decline.
/// `token` identifies the question for the suggestion buttons.
pub fn answer_reply(kb: &KnowledgeBase, answer: &Answer<'_>, token: u64) -> Reply {
    match (answer.status, answer.entry) {
        (Status::Answered, Some(entry)) => entry_reply(kb, entry, Some(answer.score.0)),
        (Status::Ambiguous, _) => Reply {
            embed: Embed {
                title: "Did you mean…".to_owned(),
                description: format!(
                    "You asked: “{}”\nA few questions come close. Pick the one you meant:",
                    escape(&answer.query)
                ),
                footer: source_line(kb),
                colour: AMBER,
                ..Default::default()
            },
            components: suggestion_buttons(&answer.suggestions, token),
        },
        _ => {
            let mut description = format!(
                "You asked: “{}”\nSorry, the article doesn't say. I only answer questions about **{}** by {} ({}). Try `/topics` to see what I know.",
                escape(&answer.query),
                kb.article.title,
                kb.article.author,
                kb.article.publisher
            );
            if !answer.suggestions.is_empty() {
                description.push_str("\n\nThe nearest topics I know:");
            }
            Reply {
                embed: Embed {
                    title: "I can't answer that from the article".to_owned(),
                    description,
                    footer: source_line(kb),
                    colour: GREY,
                    ..Default::default()
                },
                components: suggestion_buttons(&answer.suggestions, token),
            }
        }
    }
}

fn suggestion_buttons(
    suggestions: &[Suggestion<'_>],
    token: u64,
) -> Vec<serenity::CreateActionRow> {
    let buttons: Vec<serenity::CreateButton> = suggestions
        .iter()
        .take(limits::BUTTONS_PER_ROW)
        .filter_map(|s| {
            let id = format!("{}{token}:{}", ids::PICK, s.entry.id);
            (id.len() <= limits::CUSTOM_ID).then(|| {
                serenity::CreateButton::new(id)
                    .label(truncate(&s.entry.question, limits::BUTTON_LABEL))
                    .style(serenity::ButtonStyle::Secondary)
            })
        })
        .collect();
    if buttons.is_empty() {
        Vec::new()
    } else {
        vec![serenity::CreateActionRow::Buttons(buttons)]
    }
}

/// Parses a pick button's custom id into (question token, entry id).
pub fn parse_pick(custom_id: &str) -> Option<(u64, &str)> {
    let rest = custom_id.strip_prefix(ids::PICK)?;
    let (token, entry) = rest.split_once(':')?;
    Some((token.parse().ok()?, entry))
}

/// Entries shown per page of `/topics`.
pub const TOPICS_PER_PAGE: usize = 10;

/// One page of `/topics`: the questions, a menu to open one, and page buttons.
pub fn topics_reply(kb: &KnowledgeBase, page: usize) -> Reply {
    let pages = kb.entries.len().div_ceil(TOPICS_PER_PAGE).max(1);
    let page = page.min(pages - 1);
    let shown: Vec<&Entry> = kb
        .entries
        .iter()
        .skip(page * TOPICS_PER_PAGE)
        .take(TOPICS_PER_PAGE)
        .collect();
    let list: Vec<String> = shown
        .iter()
        .enumerate()
        .map(|(i, e)| format!("{}. {}", page * TOPICS_PER_PAGE + i + 1, e.question))
        .collect();
    let mut components = Vec::new();
    if !shown.is_empty() {
        let options = shown
            .iter()
            .take(limits::SELECT_OPTIONS)
            .map(|e| {
                serenity::CreateSelectMenuOption::new(
                    truncate(&e.question, limits::SELECT_LABEL),
                    e.id.as_str(),
                )
            })
            .collect();
        components.push(serenity::CreateActionRow::SelectMenu(
            serenity::CreateSelectMenu::new(
                ids::SHOW,
                serenity::CreateSelectMenuKind::String { options },
            )
            .placeholder("Pick a question to see its answer"),
        ));
    }
    if pages > 1 {
        components.push(serenity::CreateActionRow::Buttons(vec![
            serenity::CreateButton::new(format!("{}{}", ids::TOPICS, page.saturating_sub(1)))
                .label("◀ Previous")
                .style(serenity::ButtonStyle::Secondary)
                .disabled(page == 0),
            serenity::CreateButton::new(format!("{}{}", ids::TOPICS, page + 1))
                .label("Next ▶")
                .style(serenity::ButtonStyle::Secondary)
                .disabled(page + 1 >= pages),
        ]));
    }
    Reply {
        embed: Embed {
            title: format!("What I can answer ({} questions)", kb.entries.len()),
            description: list.join("\n"),
            footer: format!("Page {} of {pages} · {}", page + 1, source_line(kb)),
            colour: GREEN,
            ..Default::default()
        },
        components,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_cuts_on_character_boundaries() {
        assert_eq!(truncate("héllo", 5), "héllo");
        assert_eq!(truncate("héllo wörld", 5), "héll…");
        assert_eq!(truncate("🌿🌿🌿", 2), "🌿…");
        assert_eq!(
            truncate("abc", 0),
            "…".chars().take(0).collect::<String>() + "…"
        );
    }

    #[test]
    fn escape_neutralises_markdown_and_mentions() {
        assert_eq!(
            escape("@everyone **hi**"),
            "@\u{200B}everyone \\*\\*hi\\*\\*"
        );
        assert_eq!(escape("<@123>"), "\\<@\u{200B}123\\>");
        assert_eq!(escape("plain words"), "plain words");
    }

    #[test]
    fn embed_fit_respects_every_limit() {
        let e = Embed {
            title: "t".repeat(300),
            description: "d".repeat(5000),
            fields: vec![("n".repeat(300), "v".repeat(2000)); 30],
            footer: "f".repeat(3000),
            colour: 0,
        }
        .fit();
        let count = |s: &str| s.chars().count();
        assert_eq!(count(&e.title), 256);
        assert!(
            !e.fields.is_empty() && e.fields.len() <= 25,
            "{}",
            e.fields.len()
        );
        assert!(e
            .fields
            .iter()
            .all(|(n, v)| count(n) <= 256 && count(v) <= 1024));
        let total = count(&e.title)
            + count(&e.description)
            + count(&e.footer)
            + e.fields
                .iter()
                .map(|(n, v)| count(n) + count(v))
                .sum::<usize>();
        assert!(total <= 6000, "{total}");
        assert!(count(&e.description) >= 100);
    }

    #[test]
    fn pick_ids_round_trip() {
        assert_eq!(
            parse_pick("citebot:pick:42:what-is-ice"),
            Some((42, "what-is-ice"))
        );
        assert_eq!(parse_pick("citebot:topics:1"), None);
        assert_eq!(parse_pick("citebot:pick:x:y"), None);
    }
}

//! Moderators' knowledge-base tools: `/kb search|show|reload|unanswered|suggestions|stats`.
//!
//! Hidden by default from members without Manage Messages (`default_member_permissions`)
//! and checked again when run (`required_permissions`), since servers can override
//! who sees a command. Every reply is ephemeral.

use std::fmt::Write as _;

use super::format::{self, escape, truncate, Embed, Reply};
use super::{Context, Error};
use crate::answer::{paragraph_label, Engine};
use crate::knowledge::KnowledgeBase;

/// Moderator tools for the knowledge base.
#[poise::command(
    slash_command,
    prefix_command,
    subcommands("search", "show", "reload", "unanswered", "suggestions", "stats"),
    subcommand_required,
    default_member_permissions = "MANAGE_MESSAGES",
    required_permissions = "MANAGE_MESSAGES"
)]
pub async fn kb(_: Context<'_>) -> Result<(), Error> {
    Ok(())
}

async fn reply(ctx: Context<'_>, title: &str, description: String) -> Result<(), Error> {
    let reply = Reply {
        embed: Embed {
            title: title.to_owned(),
            description,
            colour: 0x34_98_db,
            ..Default::default()
        },
        components: Vec::new(),
    };
    ctx.send(reply.into_poise(true)).await?;
    Ok(())
}

/// Top matches for a question, with scores and entry ids.
#[poise::command(
    slash_command,
    prefix_command,
    required_permissions = "MANAGE_MESSAGES"
)]
pub async fn search(
    ctx: Context<'_>,
    #[description = "A question as a user would ask it"]
    #[max_length = 300]
    #[rest]
    query: String,
) -> Result<(), Error> {
    let engine = ctx.data().engine();
    let verdict = engine.matcher().query(&query);
    let mut text = format!(
        "“{}” → **{}** ({:.2})\n\n",
        escape(&query),
        verdict.status.as_str(),
        verdict.score.0
    );
    let ranked = engine.matcher().best(&query);
    if ranked.is_empty() {
        text.push_str("No entry shares a word with it.");
    }
    for c in ranked.iter().take(10) {
        let entry = &engine.knowledge().entries[c.index];
        let _ = writeln!(text, "`{:.2}` `{}` {}", c.score.0, entry.id, entry.question);
    }
    reply(ctx, "Knowledge-base search", text).await
}

/// The whole entry: question, alternates, answer, citations.
#[poise::command(
    slash_command,
    prefix_command,
    required_permissions = "MANAGE_MESSAGES"
)]
pub async fn show(
    ctx: Context<'_>,
    #[description = "Entry id, e.g. what-is-ice"]
    #[autocomplete = "autocomplete_id"]
    id: String,
) -> Result<(), Error> {
    let engine = ctx.data().engine();
    let Some(entry) = engine.knowledge().entry(id.trim()) else {
        return reply(
            ctx,
            "No such entry",
            format!("No entry has the id `{}`. Try `/kb search`.", escape(&id)),
        )
        .await;
    };
    let mut text = format!("**Question:** {}\n**Alternates:**\n", entry.question);
    for alt in &entry.alternates {
        let _ = writeln!(text, "• {alt}");
    }
    let _ = write!(text, "**Answer:** {}\n**Citations:**\n", entry.answer);
    for c in &entry.citations {
        let _ = writeln!(text, "{}: > {}", paragraph_label(c.paragraph), c.quote);
    }
    if !entry.keywords.is_empty() {
        let _ = writeln!(text, "**Keywords:** {}", entry.keywords.join(", "));
    }
    if !entry.said_by.is_empty() {
        let _ = writeln!(text, "**Said by:** {}", entry.said_by.join(", "));
    }
    reply(ctx, &format!("Entry `{}`", entry.id), text).await
}

async fn autocomplete_id(
    ctx: Context<'_>,
    partial: &str,
) -> poise::serenity_prelude::CreateAutocompleteResponse {
    let engine = ctx.data().engine();
    let choices = engine
        .knowledge()
        .entries
        .iter()
        .map(|e| e.id.to_string())
        .filter(|id| id.contains(partial.trim()))
        .take(format::limits::AUTOCOMPLETE_CHOICES)
        .map(|id| poise::serenity_prelude::AutocompleteChoice::new(id.clone(), id))
        .collect();
    poise::serenity_prelude::CreateAutocompleteResponse::new().set_choices(choices)
}

/// Re-read the knowledge directory and switch to it if it is valid.
#[poise::command(
    slash_command,
    prefix_command,
    required_permissions = "MANAGE_MESSAGES"
)]
pub async fn reload(ctx: Context<'_>) -> Result<(), Error> {
    let data = ctx.data();
    let Some(dir) = data.engine_args.knowledge.clone() else {
        return reply(
            ctx,
            "Nothing to reload",
            "I am running on the knowledge built into the binary. Start me with `CITEBOT_KNOWLEDGE=<dir>` to reload edits live.".to_owned(),
        )
        .await;
    };
    let thresholds = data.engine_args.thresholds();
    let loaded = tokio::task::spawn_blocking(move || KnowledgeBase::load_dir(&dir)).await?;
    match loaded {
        Ok(kb) => {
            let summary = format!(
                "{} entries over {} paragraphs",
                kb.entries.len(),
                kb.article.paragraphs.len()
            );
            data.swap_engine(Engine::new(kb, thresholds));
            tracing::info!(%summary, "knowledge reloaded");
            reply(
                ctx,
                "Knowledge reloaded",
                format!("Now answering from {summary}."),
            )
            .await
        }
        Err(invalid) => {
            tracing::warn!(
                problems = invalid.problems.len(),
                "reload refused: invalid knowledge"
            );
            let mut text = format!(
                "The knowledge directory has {} problem(s); **the previous knowledge stays live.**\n```\n",
                invalid.problems.len()
            );
            for p in &invalid.problems {
                let _ = writeln!(text, "{}", p.to_string().replace("```", "'''"));
            }
            let text = truncate(&text, format::limits::EMBED_DESCRIPTION - 4) + "\n```";
            reply(ctx, "Reload refused", text).await
        }
    }
}

/// Questions I declined or found ambiguous, similar ones grouped, biggest groups first.
#[poise::command(
    slash_command,
    prefix_command,
    required_permissions = "MANAGE_MESSAGES"
)]
pub async fn unanswered(ctx: Context<'_>) -> Result<(), Error> {
    let engine = ctx.data().engine();
    let groups = ctx
        .data()
        .insights()
        .unanswered(|q| engine.matcher().signature(q));
    if groups.is_empty() {
        return reply(
            ctx,
            "Unanswered questions",
            "Nothing yet: every question so far was answered.".to_owned(),
        )
        .await;
    }
    let mut text = String::new();
    for g in groups.iter().take(15) {
        let _ = writeln!(text, "**{}×** “{}”", g.count, escape(&g.example));
        for v in g.variants.iter().take(3) {
            let _ = writeln!(text, "  · “{}”", escape(v));
        }
    }
    reply(
        ctx,
        &format!("Unanswered questions ({} groups)", groups.len()),
        text,
    )
    .await
}

/// Questions users typed before clicking a suggestion: candidate alternates.
#[poise::command(
    slash_command,
    prefix_command,
    required_permissions = "MANAGE_MESSAGES"
)]
pub async fn suggestions(ctx: Context<'_>) -> Result<(), Error> {
    let picks = ctx.data().insights().suggestions();
    if picks.is_empty() {
        return reply(
            ctx,
            "Suggested alternates",
            "None yet: they appear when users click a \"did you mean\" button.".to_owned(),
        )
        .await;
    }
    let mut text = String::from(
        "Paste a line into the entry's `alternates` in `qa.json`, then `/kb reload`.\n",
    );
    for (entry, questions) in &picks {
        let json = serde_json::to_string(questions).unwrap_or_default();
        let _ = writeln!(
            text,
            "**{entry}** ({}):\n```json\n{}\n```",
            questions.len(),
            json.replace("```", "'''")
        );
    }
    reply(ctx, "Suggested alternates", text).await
}

/// Questions asked, how they went, and the most asked entries.
#[poise::command(
    slash_command,
    prefix_command,
    required_permissions = "MANAGE_MESSAGES"
)]
pub async fn stats(ctx: Context<'_>) -> Result<(), Error> {
    let s = ctx.data().insights().stats(5);
    let pct = |n: usize| {
        if s.asked == 0 {
            0.0
        } else {
            100.0 * n as f64 / s.asked as f64
        }
    };
    let mut text = format!(
        "Since <t:{}:f>: **{}** questions\nanswered {} ({:.0}%) · ambiguous {} ({:.0}%) · declined {} ({:.0}%)\n",
        s.since,
        s.asked,
        s.answered,
        pct(s.answered),
        s.ambiguous,
        pct(s.ambiguous),
        s.declined,
        pct(s.declined)
    );
    if !s.top_entries.is_empty() {
        text.push_str("\n**Most asked:**\n");
        for (id, n) in &s.top_entries {
            let _ = writeln!(text, "{n}× `{id}`");
        }
    }
    reply(ctx, "Usage", text).await
}

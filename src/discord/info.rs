//! What the bot knows and how to use it: `/topics`, `/source`, `/help`.

use poise::serenity_prelude as serenity;

use super::format::{self, Embed, Reply};
use super::{Context, Error};

/// Browse the questions I can answer.
#[poise::command(slash_command, prefix_command)]
pub async fn topics(ctx: Context<'_>) -> Result<(), Error> {
    let engine = ctx.data().engine();
    let reply = format::topics_reply(engine.knowledge(), 0);
    ctx.send(reply.into_poise(false)).await?;
    Ok(())
}

/// The article I answer from: title, author, publisher.
#[poise::command(slash_command, prefix_command)]
pub async fn source(ctx: Context<'_>) -> Result<(), Error> {
    let engine = ctx.data().engine();
    let kb = engine.knowledge();
    let a = &kb.article;
    let reply = Reply {
        embed: Embed {
            title: a.title.clone(),
            description: format!(
                "By {}, published by {}.\n*{}*",
                a.author, a.publisher, a.reprint_note
            ),
            fields: vec![(
                "What I know".to_owned(),
                format!(
                    "{} facts from {} paragraphs; every answer quotes the paragraph it comes from.",
                    kb.entries.len(),
                    a.paragraphs.len()
                ),
            )],
            colour: 0x2e_cc_71,
            ..Default::default()
        },
        components: Vec::new(),
    };
    ctx.send(reply.into_poise(false)).await?;
    Ok(())
}

/// How to ask me questions.
#[poise::command(slash_command, prefix_command)]
pub async fn help(ctx: Context<'_>) -> Result<(), Error> {
    let engine = ctx.data().engine();
    let title = &engine.knowledge().article.title;
    let description = format!(
        "I answer questions about the article **{title}**, quoting the paragraph each answer comes from.\n\n\
         **Ask**: `/ask question:how many people were deported for drug offenses?`, or mention me: `@citebot who wrote this?` (in DMs, just write).\n\
         **Browse**: `/topics` lists every question I know; `/source` shows the article.\n\
         **Private**: `/ask … private:True` shows the answer to you only.\n\n\
         If I am not sure, I offer \"did you mean\" buttons; if the article does not say, I tell you so.\n\
         Moderators: `/kb search`, `show`, `reload`, `unanswered`, `suggestions`, `stats`."
    );
    let reply = Reply {
        embed: Embed {
            title: "How to use citebot".to_owned(),
            description,
            colour: 0x2e_cc_71,
            ..Default::default()
        },
        components: Vec::new(),
    };
    ctx.send(
        reply
            .into_poise(true)
            .allowed_mentions(serenity::CreateAllowedMentions::new()),
    )
    .await?;
    Ok(())
}

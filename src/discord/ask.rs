//! Questions from users: `/ask`, mentions and DMs, and clicks on suggestions.

use poise::serenity_prelude as serenity;

use super::format::{self, ids, limits, Reply};
use super::{Context, Data, Error};
use crate::insights::{now, Event};
use crate::matcher::Status;

/// Ask a question about the article; the answer cites the paragraph it comes from.
#[poise::command(slash_command)]
pub async fn ask(
    ctx: Context<'_>,
    #[description = "Your question, e.g. how many people were deported for drug offenses?"]
    #[autocomplete = "autocomplete_question"]
    #[max_length = 300]
    question: String,
    #[description = "Only you see the answer"] private: Option<bool>,
) -> Result<(), Error> {
    respond(ctx, &question, private.unwrap_or(false)).await
}

/// `!ask <question>`: the prefix form takes the rest of the message as the question.
/// A command of its own because a slash command's optional `private` must follow the
/// question, while a prefix command's free text must come last.
#[poise::command(prefix_command, rename = "ask")]
pub async fn ask_prefix(ctx: Context<'_>, #[rest] question: String) -> Result<(), Error> {
    respond(ctx, &question, false).await
}

async fn respond(ctx: Context<'_>, question: &str, private: bool) -> Result<(), Error> {
    let data = ctx.data();
    if let Some(wait) = data.cooldown_left(ctx.author().id) {
        let notice = format!(
            "Slow down a little: you can ask again in {:.0} s.",
            wait.as_secs_f64().ceil()
        );
        ctx.send(format::notice(&notice)).await?;
        return Ok(());
    }
    let reply = answer(data, question);
    ctx.send(reply.into_poise(private)).await?;
    Ok(())
}

/// Knowledge-base questions ranked by the matcher against what the user has typed so far.
async fn autocomplete_question(
    ctx: Context<'_>,
    partial: &str,
) -> serenity::CreateAutocompleteResponse {
    let engine = ctx.data().engine();
    let kb = engine.knowledge();
    let partial = partial.trim();
    let mut picked: Vec<usize> = engine
        .matcher()
        .best(partial)
        .into_iter()
        .map(|c| c.index)
        .collect();
    // Then questions containing the typed text, then the rest, so the list is never empty.
    let lower = partial.to_lowercase();
    let containing = kb
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.question.to_lowercase().contains(&lower));
    for (i, _) in containing.chain(kb.entries.iter().enumerate()) {
        if !picked.contains(&i) {
            picked.push(i);
        }
    }
    let choices = picked
        .into_iter()
        .take(limits::AUTOCOMPLETE_CHOICES)
        .map(|i| {
            let q = format::truncate(&kb.entries[i].question, limits::AUTOCOMPLETE_NAME);
            serenity::AutocompleteChoice::new(q.clone(), q)
        })
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// Answers one question and records how it went. Input the engine refuses
/// (empty, too long, binary) gets its reason, not an answer.
pub(super) fn answer(data: &Data, question: &str) -> Reply {
    let engine = data.engine();
    let kb = engine.knowledge();
    match engine.ask(question) {
        Ok(answer) => {
            data.record(Event::Asked {
                at: now(),
                query: answer.query.clone(),
                status: answer.status.as_str().to_owned(),
                entry: answer.entry.map(|e| e.id.to_string()),
            });
            let token = match answer.status {
                Status::Answered => 0,
                _ => data.remember_question(&answer.query),
            };
            format::answer_reply(kb, &answer, token)
        }
        Err(err) => Reply {
            embed: format::Embed {
                title: "I can't read that question".to_owned(),
                description: format!("{}.", format::capitalise(&err.to_string())),
                colour: 0x95_a5_a6,
                ..Default::default()
            },
            components: Vec::new(),
        },
    }
}

/// Events poise does not route to commands: mentions, DMs and component clicks.
pub(super) async fn on_event(
    ctx: &serenity::Context,
    event: &serenity::FullEvent,
    data: &Data,
) -> Result<(), Error> {
    match event {
        serenity::FullEvent::Message { new_message } => on_message(ctx, new_message, data).await,
        serenity::FullEvent::InteractionCreate {
            interaction: serenity::Interaction::Component(click),
        } => on_component(ctx, click, data).await,
        _ => Ok(()),
    }
}

/// A message that mentions the bot, or any message in a DM, is a question.
async fn on_message(
    ctx: &serenity::Context,
    message: &serenity::Message,
    data: &Data,
) -> Result<(), Error> {
    if message.author.bot {
        return Ok(());
    }
    let me = ctx.cache.current_user().id;
    let in_dm = message.guild_id.is_none();
    if !in_dm && !message.mentions_user_id(me) {
        return Ok(());
    }
    let question = strip_mentions(&message.content, me);
    if question.trim().is_empty() && message.content.trim().is_empty() {
        // A mention without readable content: the message-content intent is off and Discord sent nothing.
        return Ok(());
    }
    if data.cooldown_left(message.author.id).is_some() {
        tracing::debug!(user = %message.author.id, "question ignored: cooldown");
        return Ok(());
    }
    let reply = if question.trim().is_empty() {
        help_reply()
    } else {
        answer(data, &question)
    };
    if let Err(err) = message
        .channel_id
        .send_message(&ctx.http, reply.into_message(message))
        .await
    {
        tracing::error!(%err, channel = %message.channel_id, "cannot reply to a mention");
    }
    Ok(())
}

fn help_reply() -> Reply {
    Reply {
        embed: format::Embed {
            title: "Ask me about the article".to_owned(),
            description: "Mention me with a question, e.g. “@citebot how many people were deported for drug offenses?”, or use `/ask`. `/topics` lists what I know.".to_owned(),
            colour: 0x2e_cc_71,
            ..Default::default()
        },
        components: Vec::new(),
    }
}

/// Removes `<@id>` and `<@!id>` mentions of the bot from a message.
fn strip_mentions(content: &str, me: serenity::UserId) -> String {
    content
        .replace(&format!("<@{me}>"), " ")
        .replace(&format!("<@!{me}>"), " ")
        .trim()
        .to_owned()
}

async fn on_component(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    data: &Data,
) -> Result<(), Error> {
    let engine = data.engine();
    let kb = engine.knowledge();
    let id = click.data.custom_id.as_str();
    let response = if let Some((token, entry_id)) = format::parse_pick(id) {
        match kb.entry(entry_id) {
            Some(entry) => {
                if let Some(query) = data.pending_question(token) {
                    data.record(Event::Picked {
                        at: now(),
                        query,
                        entry: entry_id.to_owned(),
                    });
                }
                let reply = format::entry_reply(kb, entry, None);
                serenity::CreateInteractionResponse::Message(reply.into_interaction(false))
            }
            None => gone(),
        }
    } else if let Some(page) = id.strip_prefix(ids::TOPICS) {
        let page = page.parse().unwrap_or(0);
        let reply = format::topics_reply(kb, page);
        serenity::CreateInteractionResponse::UpdateMessage(
            serenity::CreateInteractionResponseMessage::new()
                .embed(reply.embed.build())
                .components(reply.components)
                .allowed_mentions(serenity::CreateAllowedMentions::new()),
        )
    } else if id == ids::SHOW {
        let chosen = match &click.data.kind {
            serenity::ComponentInteractionDataKind::StringSelect { values } => {
                values.first().and_then(|v| kb.entry(v))
            }
            _ => None,
        };
        match chosen {
            Some(entry) => serenity::CreateInteractionResponse::Message(
                format::entry_reply(kb, entry, None).into_interaction(true),
            ),
            None => gone(),
        }
    } else {
        return Ok(()); // Not ours.
    };
    if let Err(err) = click.create_response(&ctx.http, response).await {
        tracing::error!(%err, custom_id = id, "cannot answer a button click");
    }
    Ok(())
}

/// The entry behind a button was removed by a reload.
fn gone() -> serenity::CreateInteractionResponse {
    serenity::CreateInteractionResponse::Message(
        serenity::CreateInteractionResponseMessage::new()
            .content("That topic is no longer in my knowledge base. Try `/topics`.")
            .ephemeral(true)
            .allowed_mentions(serenity::CreateAllowedMentions::new()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_mentions_removes_only_the_bot() {
        let me = serenity::UserId::new(42);
        assert_eq!(
            strip_mentions("<@42> who wrote this?", me),
            "who wrote this?"
        );
        assert_eq!(
            strip_mentions("hey <@!42> what is ICE <@7>", me),
            "hey   what is ICE <@7>"
        );
    }
}

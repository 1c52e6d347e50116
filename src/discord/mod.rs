//! The Discord bot: serenity for the connection, poise for commands. This
//! layer only formats and routes; every answer comes from [`crate::answer::Engine`].
//!
//! - `ask`: `/ask`, its autocomplete, mentions and the "did you mean" buttons.
//! - `info`: `/topics`, `/source`, `/help`.
//! - `kb`: the moderators' `/kb` commands.
//! - `format`: embeds and components, Discord's limits and escaping.

mod ask;
pub mod format;
mod info;
mod kb;

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use clap::Args;
use poise::serenity_prelude as serenity;

use crate::answer::Engine;
use crate::cli::EngineArgs;
use crate::insights::{Event, FileJournal, Insights, Journal, Recorder};

/// The error type of command handlers.
pub type Error = Box<dyn std::error::Error + Send + Sync>;
/// Context handed to every command.
pub type Context<'a> = poise::Context<'a, Data, Error>;

/// How to connect to Discord and behave there. The token is read from
/// `DISCORD_TOKEN` only, never from a flag, so it does not show in process lists.
#[derive(Debug, Clone, Args)]
pub struct RunArgs {
    /// Register commands in this guild only (instant, for development) instead of globally.
    #[arg(long, env = "DISCORD_GUILD_ID")]
    pub guild_id: Option<u64>,
    /// Where Discord HTTP API requests go: an HTTP proxy that owns rate limiting, or a test stand-in.
    #[arg(long, env = "DISCORD_API_URL")]
    pub api_url: Option<String>,
    /// Directory for the moderators' data (question log, counters).
    #[arg(long, env = "CITEBOT_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// Seconds a user waits between two questions.
    #[arg(long, env = "CITEBOT_COOLDOWN_SECS", default_value_t = 3.0)]
    pub cooldown_secs: f64,
    /// Enable prefix commands (`!ask …`); needs the privileged message-content intent.
    #[arg(long, env = "CITEBOT_MESSAGE_CONTENT", default_value_t = false)]
    pub message_content: bool,
    /// Prefix for prefix commands.
    #[arg(long, env = "CITEBOT_PREFIX", default_value = "!")]
    pub prefix: String,
    /// Run only shards FIRST-LAST (inclusive) of --total-shards, to split a large bot over processes.
    #[arg(
        long,
        env = "CITEBOT_SHARDS",
        value_name = "FIRST-LAST",
        requires = "total_shards"
    )]
    pub shards: Option<String>,
    /// Total shard count; without it serenity asks Discord (autosharding).
    #[arg(long, env = "CITEBOT_TOTAL_SHARDS")]
    pub total_shards: Option<u32>,
}

/// State shared by every handler, built once at start-up.
pub struct Data {
    /// Swapped whole on `/kb reload`; readers keep the engine they started with.
    engine: RwLock<Arc<Engine>>,
    engine_args: EngineArgs,
    recorder: Option<Arc<Recorder>>,
    insights: Mutex<Insights>,
    cooldown: Duration,
    last_question: Mutex<HashMap<serenity::UserId, Instant>>,
    pending: Mutex<PendingQuestions>,
}

/// Questions that were answered with suggestion buttons, by token, so a
/// click can be recorded with the question the user typed. Bounded: the
/// oldest are forgotten first (a click then still answers, unrecorded).
#[derive(Default)]
struct PendingQuestions {
    next: u64,
    questions: VecDeque<(u64, String)>,
}

const PENDING_KEPT: usize = 10_000;

impl Data {
    fn new(
        engine: Engine,
        engine_args: EngineArgs,
        journal: Option<Box<dyn Journal>>,
        cooldown: Duration,
    ) -> Self {
        let mut insights = Insights::new(crate::insights::now());
        if let Some(journal) = &journal {
            match journal.replay() {
                Ok(replay) => {
                    if replay.damaged > 0 {
                        tracing::warn!(
                            damaged = replay.damaged,
                            "skipped damaged records in the question log"
                        );
                    }
                    replay.events.iter().for_each(|e| insights.apply(e));
                }
                Err(err) => {
                    tracing::warn!(%err, "cannot read the question log; starting with empty counters")
                }
            }
        }
        Data {
            engine: RwLock::new(Arc::new(engine)),
            engine_args,
            recorder: journal.and_then(|journal| match Recorder::spawn(journal) {
                Ok(recorder) => Some(Arc::new(recorder)),
                Err(err) => {
                    tracing::warn!(%err, "cannot start the question-log writer; moderator data will not be kept");
                    None
                }
            }),
            insights: Mutex::new(insights),
            cooldown,
            last_question: Mutex::new(HashMap::new()),
            pending: Mutex::new(PendingQuestions::default()),
        }
    }

    /// The engine answering now.
    pub fn engine(&self) -> Arc<Engine> {
        Arc::clone(&self.engine.read().unwrap_or_else(|p| p.into_inner()))
    }

    fn swap_engine(&self, engine: Engine) {
        *self.engine.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(engine);
    }

    /// Counts an event and persists it; a failed write is logged, never fatal.
    fn record(&self, event: Event) {
        self.insights().apply(&event);
        if let Some(recorder) = &self.recorder {
            recorder.record(event);
        }
    }

    fn insights(&self) -> std::sync::MutexGuard<'_, Insights> {
        self.insights.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// `Some(wait)` when `user` asked too recently; otherwise starts a new cooldown.
    fn cooldown_left(&self, user: serenity::UserId) -> Option<Duration> {
        let now = Instant::now();
        let mut last = self.last_question.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(&at) = last.get(&user) {
            let elapsed = now.duration_since(at);
            if elapsed < self.cooldown {
                return Some(self.cooldown - elapsed);
            }
        }
        if last.len() > 100_000 {
            let cooldown = self.cooldown;
            last.retain(|_, at| now.duration_since(*at) < cooldown);
        }
        last.insert(user, now);
        None
    }

    fn remember_question(&self, question: &str) -> u64 {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        pending.next += 1;
        let token = pending.next;
        if pending.questions.len() == PENDING_KEPT {
            pending.questions.pop_front();
        }
        pending.questions.push_back((token, question.to_owned()));
        token
    }

    fn pending_question(&self, token: u64) -> Option<String> {
        let pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        pending
            .questions
            .iter()
            .find(|(t, _)| *t == token)
            .map(|(_, q)| q.clone())
    }
}

/// Everything the bot can do, as poise commands.
pub fn commands() -> Vec<poise::Command<Data, Error>> {
    // The prefix-only `ask` first: prefix lookup takes the first command of a name,
    // slash lookup skips commands without a slash form.
    vec![
        ask::ask_prefix(),
        ask::ask(),
        info::topics(),
        info::source(),
        info::help(),
        kb::kb(),
    ]
}

/// What went wrong starting the bot, for the one line `main` prints.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("DISCORD_TOKEN is not set: put the bot token from the Discord developer portal in the environment or in .env (see .env.example)")]
    MissingToken,
    #[error("Discord rejected DISCORD_TOKEN (401 Unauthorized): reset the token in the developer portal (Bot > Reset Token) and update DISCORD_TOKEN")]
    RejectedToken,
    #[error(
        "cannot reach the Discord API at {url}: {reason}; check the network or DISCORD_API_URL"
    )]
    Unreachable { url: String, reason: String },
    #[error("invalid --shards {0:?}: expected FIRST-LAST, e.g. 0-3, within --total-shards")]
    BadShards(String),
    #[error("Discord ended the connection: {0}")]
    Gateway(String),
}

/// `citebot run`: connects to Discord and answers until Ctrl-C or SIGTERM.
pub fn run(engine_args: EngineArgs, args: RunArgs) -> anyhow::Result<ExitCode> {
    init_logging();
    let engine = engine_args.engine()?;
    let token = std::env::var("DISCORD_TOKEN")
        .ok()
        .filter(|t| !t.trim().is_empty())
        .ok_or(StartError::MissingToken)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(serve(engine, engine_args, args, token.trim().to_owned()))?;
    Ok(ExitCode::SUCCESS)
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new("citebot=info,serenity=warn,poise=warn")
    });
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

async fn serve(
    engine: Engine,
    engine_args: EngineArgs,
    args: RunArgs,
    token: String,
) -> Result<(), StartError> {
    let mut http = serenity::HttpBuilder::new(&token);
    if let Some(url) = &args.api_url {
        // serenity's own rate limiter ignores the proxy, so the proxy owns rate limiting.
        http = http
            .proxy(url.trim_end_matches('/'))
            .ratelimiter_disabled(true);
    }
    let http = http.build();
    let api = args
        .api_url
        .clone()
        .unwrap_or_else(|| "https://discord.com".to_owned());
    // Check the token before connecting, to tell a bad token from a bad network.
    match http.get_current_user().await {
        Ok(user) => tracing::info!(bot = %user.name, "token accepted"),
        Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(resp)))
            if resp.status_code.as_u16() == 401 =>
        {
            return Err(StartError::RejectedToken)
        }
        Err(err) => {
            return Err(StartError::Unreachable {
                url: api,
                reason: redact(&err.to_string(), &token),
            })
        }
    }

    let journal: Option<Box<dyn Journal>> = match FileJournal::open(&args.data_dir) {
        Ok(journal) => Some(Box::new(journal)),
        Err(err) => {
            tracing::warn!(dir = %args.data_dir.display(), %err, "cannot write the data directory; moderator data will not be kept");
            None
        }
    };
    let cooldown = Duration::from_secs_f64(args.cooldown_secs.max(0.0));
    let data = Data::new(engine, engine_args, journal, cooldown);
    let recorder = data.recorder.clone();

    let mut intents = serenity::GatewayIntents::GUILDS
        | serenity::GatewayIntents::GUILD_MESSAGES
        | serenity::GatewayIntents::DIRECT_MESSAGES;
    if args.message_content {
        intents |= serenity::GatewayIntents::MESSAGE_CONTENT;
    }
    let guild = args.guild_id.map(serenity::GuildId::new);
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: commands(),
            prefix_options: poise::PrefixFrameworkOptions {
                prefix: args.message_content.then(|| args.prefix.clone().into()),
                // Mentions are questions, handled in `ask`, not a command prefix.
                mention_as_prefix: false,
                ..Default::default()
            },
            on_error: |error| Box::pin(on_error(error)),
            event_handler: |framework, event| {
                Box::pin(ask::on_event(framework.serenity_context, event, framework.user_data))
            },
            allowed_mentions: Some(serenity::CreateAllowedMentions::new()),
            ..Default::default()
        })
        .setup(move |ctx, ready, framework| {
            Box::pin(async move {
                let commands = &framework.options().commands;
                match guild {
                    Some(guild) => poise::builtins::register_in_guild(ctx, commands, guild).await?,
                    None => poise::builtins::register_globally(ctx, commands).await?,
                }
                tracing::info!(bot = %ready.user.name, guilds = ready.guilds.len(), scope = ?guild, "ready; commands registered");
                Ok(data)
            })
        })
        .build();

    let mut client = serenity::ClientBuilder::new_with_http(http, intents)
        .framework(framework)
        .await
        .map_err(|err| StartError::Gateway(redact(&err.to_string(), &token)))?;

    let shard_manager = Arc::clone(&client.shard_manager);
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutting down");
        shard_manager.shutdown_all().await;
    });

    let result = match (&args.shards, args.total_shards) {
        (Some(range), Some(total)) => {
            let (first, last) = parse_shards(range, total)?;
            // serenity treats the end of this `Range` as inclusive (`end - start + 1` shards).
            client.start_shard_range(first..last, total).await
        }
        (None, Some(total)) => client.start_shards(total).await,
        _ => client.start_autosharded().await,
    };
    if let Some(recorder) = recorder {
        // Everything users asked is on disk before the process ends.
        tokio::task::spawn_blocking(move || recorder.close())
            .await
            .ok();
    }
    match result {
        Ok(()) => Ok(()),
        Err(serenity::Error::Gateway(serenity::GatewayError::InvalidAuthentication)) => {
            Err(StartError::RejectedToken)
        }
        Err(err) => Err(StartError::Gateway(redact(&err.to_string(), &token))),
    }
}

/// Removes the token from text that is about to be shown or logged.
fn redact(text: &str, token: &str) -> String {
    if token.is_empty() {
        text.to_owned()
    } else {
        text.replace(token, "[token]")
    }
}

fn parse_shards(range: &str, total: u32) -> Result<(u32, u32), StartError> {
    let bad = || StartError::BadShards(range.to_owned());
    let (first, last) = range.split_once('-').ok_or_else(bad)?;
    let (first, last): (u32, u32) = (
        first.trim().parse().map_err(|_| bad())?,
        last.trim().parse().map_err(|_| bad())?,
    );
    if first > last || last >= total {
        return Err(bad());
    }
    Ok((first, last))
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(err) => {
                    tracing::warn!(%err, "cannot listen for SIGTERM");
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

/// Logs every failure in full and tells the user only what helps them.
async fn on_error(error: poise::FrameworkError<'_, Data, Error>) {
    use poise::FrameworkError as E;
    let (ctx, message) = match &error {
        E::Setup { error, .. } => {
            tracing::error!(%error, "setup failed (command registration)");
            return;
        }
        E::Command { error, ctx, .. } => {
            tracing::error!(command = %ctx.command().qualified_name, %error, "command failed");
            (
                *ctx,
                "Sorry, something went wrong answering that. Please try again in a moment."
                    .to_owned(),
            )
        }
        E::MissingUserPermissions { ctx, .. } => (
            *ctx,
            "This command is for moderators (it needs the Manage Messages permission).".to_owned(),
        ),
        E::ArgumentParse { ctx, input, .. } => {
            let what = match input.as_deref() {
                Some(input) => format!("“{}”", format::truncate(&format::escape(input), 200)),
                None => "that".to_owned(),
            };
            (*ctx, format!("I could not read {what}. Try `/help`."))
        }
        E::GuildOnly { ctx, .. } => (*ctx, "That command works in servers only.".to_owned()),
        other => {
            tracing::warn!(error = %other, "unhandled framework error");
            if let Err(err) = poise::builtins::on_error(error).await {
                tracing::error!(%err, "error while handling an error");
            }
            return;
        }
    };
    if let Err(err) = ctx.send(format::notice(&message)).await {
        tracing::error!(%err, "cannot tell the user about an error");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_ranges() {
        assert_eq!(parse_shards("0-3", 8).ok(), Some((0, 3)));
        assert_eq!(parse_shards("4-7", 8).ok(), Some((4, 7)));
        assert!(parse_shards("4-8", 8).is_err());
        assert!(parse_shards("3-1", 8).is_err());
        assert!(parse_shards("x", 8).is_err());
    }

    #[test]
    fn redact_hides_the_token() {
        assert_eq!(
            redact("bad token abc.def in url", "abc.def"),
            "bad token [token] in url"
        );
    }
}

//! A local stand-in for Discord, for integration tests.
//!
//! It serves Discord's REST API (v10) and gateway protocol on 127.0.0.1, so the real
//! serenity/poise client connects to it unchanged:
//!
//! ```ignore
//! let standin = StandIn::start().await;
//! let http = HttpBuilder::new(standin::TOKEN)
//!     .proxy(standin.api_url())
//!     .ratelimiter_disabled(true)
//!     .build();
//! // ... build and spawn the client with `ClientBuilder::new_with_http(http, intents)` ...
//! standin.wait_ready(Duration::from_secs(10)).await;
//!
//! let alice = TestUser::member(1001, "alice", 0);
//! let it = standin.slash(&alice, "ask", json!([{"name": "q", "type": 3, "value": "why?"}])).await;
//! let reply = standin.callback(&it, Duration::from_secs(10)).await; // what the bot answered
//! ```
//!
//! What it does, in short:
//! - Gateway (`/gateway`): HELLO, IDENTIFY → READY (+ GUILD_CREATE with the GUILDS intent),
//!   heartbeat ACKs, RESUME with replay of missed dispatches then RESUMED. Every dispatch is
//!   checked against serenity's models first and panics if serenity could not read it.
//! - REST (`/api/v10/...`): every request is recorded (see [`Recorded`]); the routes a bot
//!   uses to start, register commands, answer interactions and send messages are served with
//!   Discord-shaped answers; anything else is a recorded 404.
//! - Discord rules that catch real bugs: a second callback for one interaction is a 400, a
//!   followup before any callback is a 404, message content is withheld without the
//!   MESSAGE_CONTENT intent (except in DMs and when the bot is mentioned), and
//!   MESSAGE_CREATE is not delivered without the GUILD_MESSAGES / DIRECT_MESSAGES intent.
//! - Faults: [`StandIn::fail_next`], [`StandIn::rate_limit_next`], [`StandIn::drop_gateway`],
//!   [`StandIn::request_reconnect`], and [`Options::reject_token`].
//!
//! `ratelimiter_disabled(true)` is not optional: serenity's rate limiter builds request URLs
//! without the proxy, so with it enabled requests go to the real discord.com.
//!
//! One bot client at a time. Waits take a timeout and panic with a summary of recent traffic,
//! because serenity drops events it cannot read without a word and a test would hang otherwise.
//!
//! Test binaries include it with `mod standin;`, examples with
//! `#[path = "../tests/standin/mod.rs"] mod standin;`.

#![allow(dead_code)]

mod gateway;
pub mod payloads;
mod rest;

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde_json::{json, Value};
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;

/// The bot token the stand-in accepts (serenity sends it as `Bot <TOKEN>`).
pub const TOKEN: &str = "standin.bot.token";
/// The application id; as on Discord, the bot user has the same id.
pub const APP_ID: u64 = 1_300_000_000_000_000_001;
pub const BOT_USER_ID: u64 = APP_ID;
pub const BOT_NAME: &str = "citebot";
pub const GUILD_ID: u64 = 1_300_000_000_000_000_100;
/// The guild's one text channel.
pub const CHANNEL_ID: u64 = 1_300_000_000_000_000_200;
/// Owner of the application (poise's `owners`) and of the guild.
pub const OWNER_ID: u64 = 1_300_000_000_000_000_300;

/// DM channel ids are derived from the user id (see [`TestUser::channel_id`]).
const DM_CHANNEL_BASE: u64 = 1 << 62;

/// What the bot may do in the guild channel: view channel, send messages, embed links,
/// attach files, read message history, add reactions, use external emojis, send messages
/// in threads. Sent as `app_permissions` and given to the bot's role in the guild.
pub const DEFAULT_BOT_PERMISSIONS: u64 =
    (1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 6) | (1 << 18) | (1 << 38);

const INTENT_GUILDS: u64 = 1;
const INTENT_GUILD_MESSAGES: u64 = 1 << 9;
const INTENT_DIRECT_MESSAGES: u64 = 1 << 12;
const INTENT_MESSAGE_CONTENT: u64 = 1 << 15;

#[derive(Clone, Debug)]
pub struct Options {
    /// Treat even [`TOKEN`] as invalid: REST answers 401 and the gateway closes with 4004.
    pub reject_token: bool,
    /// Sent in HELLO; Discord's is 41250 ms.
    pub heartbeat_interval: Duration,
    /// The bot's permissions in the guild channel (`app_permissions`, and its guild role).
    pub bot_permissions: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            reject_token: false,
            heartbeat_interval: Duration::from_millis(41_250),
            bot_permissions: DEFAULT_BOT_PERMISSIONS,
        }
    }
}

/// Someone talking to the bot, either as a guild member in [`CHANNEL_ID`] or in a DM.
#[derive(Clone, Debug)]
pub struct TestUser {
    pub id: u64,
    pub name: String,
    /// The member's permissions in the channel, as Discord computes them (a bitfield, e.g.
    /// MANAGE_MESSAGES = 1 << 13). Ignored in DMs.
    pub permissions: u64,
    pub in_guild: bool,
}

impl TestUser {
    pub fn member(id: u64, name: &str, permissions: u64) -> TestUser {
        TestUser {
            id,
            name: name.to_owned(),
            permissions,
            in_guild: true,
        }
    }

    pub fn dm(id: u64, name: &str) -> TestUser {
        TestUser {
            in_guild: false,
            ..TestUser::member(id, name, 0)
        }
    }

    /// The same person, now writing in their DM with the bot.
    pub fn in_dm(&self) -> TestUser {
        TestUser {
            in_guild: false,
            ..self.clone()
        }
    }

    /// Where this user's messages and interactions happen.
    pub fn channel_id(&self) -> u64 {
        if self.in_guild {
            CHANNEL_ID
        } else {
            DM_CHANNEL_BASE + self.id
        }
    }

    pub fn mention(&self) -> String {
        format!("<@{}>", self.id)
    }
}

/// Where a command list was registered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    Global,
    Guild(u64),
}

/// An interaction the stand-in dispatched.
#[derive(Clone, Debug)]
pub struct SentInteraction {
    pub id: u64,
    pub token: String,
    /// The INTERACTION_CREATE `d` as sent.
    pub payload: Value,
}

/// The IDENTIFY the bot sent.
#[derive(Clone, Debug)]
pub struct Identify {
    /// As sent, usually `Bot <TOKEN>`.
    pub token: String,
    pub intents: u64,
    pub payload: Value,
}

/// One REST request the bot made, and the status the stand-in answered.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    /// e.g. `/api/v10/channels/1/messages`
    pub path: String,
    pub query: Option<String>,
    /// Lower-case names.
    pub headers: Vec<(String, String)>,
    /// The JSON body; `payload_json` for multipart requests; `Null` without a body; a string
    /// for anything else.
    pub body: Value,
    /// File names of multipart attachments.
    pub files: Vec<String>,
    pub status: u16,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    pub fn accepted(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// The running stand-in. Dropping it stops the server.
pub struct StandIn {
    shared: Arc<Shared>,
    server: JoinHandle<()>,
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl StandIn {
    pub async fn start() -> StandIn {
        StandIn::start_with(Options::default()).await
    }

    pub async fn start_with(options: Options) -> StandIn {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("stand-in: cannot bind 127.0.0.1");
        let addr = listener.local_addr().expect("stand-in: no local address");
        let shared = Arc::new(Shared {
            options,
            addr,
            state: Mutex::new(State {
                bot_role_id: payloads::snowflake(),
                ..State::default()
            }),
            changes: watch::Sender::new(0),
        });
        let app = axum::Router::new()
            .route("/gateway", axum::routing::get(gateway::upgrade))
            .fallback(rest::handle)
            .with_state(Arc::clone(&shared));
        let server = tokio::spawn(async move {
            // Without TCP_NODELAY small responses wait out delayed ACKs (~40 ms on loopback).
            axum::serve(listener, app)
                .tcp_nodelay(true)
                .await
                .expect("stand-in: server failed");
        });
        StandIn { shared, server }
    }

    /// What to give `HttpBuilder::proxy`, e.g. `http://127.0.0.1:40000`.
    pub fn api_url(&self) -> String {
        format!("http://{}", self.shared.addr)
    }

    /// The websocket URL that `GET /gateway` hands out.
    pub fn gateway_url(&self) -> String {
        self.shared.gateway_url()
    }

    /// `<@BOT_USER_ID>`, the way users mention the bot.
    pub fn bot_mention() -> String {
        format!("<@{BOT_USER_ID}>")
    }

    /// Waits until an IDENTIFY was accepted and READY sent on a live connection.
    pub async fn wait_ready(&self, timeout: Duration) -> Identify {
        self.wait_for(timeout, "IDENTIFY and READY", |state| {
            if state.session.is_some() && state.connection.is_some() {
                state.identifies.last().cloned()
            } else {
                None
            }
        })
        .await
    }

    /// The next command registration (`PUT .../commands`) and its body.
    pub async fn wait_commands(&self, timeout: Duration) -> (Scope, Value) {
        let request = self
            .wait_request(timeout, "a command registration (PUT .../commands)", |r| {
                r.method == "PUT" && r.path.ends_with("/commands")
            })
            .await;
        let scope = match rest::segments(&request.path).as_slice() {
            ["applications", _, "guilds", guild, "commands"] => {
                Scope::Guild(guild.parse().expect("guild id in a registration path"))
            }
            _ => Scope::Global,
        };
        (scope, request.body)
    }

    /// Dispatches a slash command (an APPLICATION_COMMAND interaction). `options` are as
    /// Discord sends them, e.g. `[{"name": "q", "type": 3, "value": "why?"}]`, or a
    /// subcommand `[{"name": "sub", "type": 1, "options": [...]}]`. The command id is the one
    /// assigned at registration, preferring a guild registration for guild members.
    /// Options that need `resolved` data (users, channels, roles, attachments) are not
    /// supported.
    pub async fn slash(&self, user: &TestUser, name: &str, options: Value) -> SentInteraction {
        self.command_interaction(2, user, name, options)
    }

    /// Dispatches an APPLICATION_COMMAND_AUTOCOMPLETE interaction. Mark the option being
    /// typed with `"focused": true`; its `value` must be a string, as Discord sends it.
    pub async fn autocomplete(
        &self,
        user: &TestUser,
        name: &str,
        options: Value,
    ) -> SentInteraction {
        self.command_interaction(4, user, name, options)
    }

    /// Dispatches a button click (MESSAGE_COMPONENT). The clicked message is the newest one
    /// whose components contain `custom_id` (usually the bot's own); without one, a bot
    /// message with such a button is made up in the user's channel.
    pub async fn click(&self, user: &TestUser, custom_id: &str) -> SentInteraction {
        let permissions = self.shared.options.bot_permissions;
        self.shared.update(|state| {
            let message = match state
                .messages
                .iter()
                .rev()
                .find(|m| payloads::has_custom_id(m, custom_id))
            {
                Some(message) => message.clone(),
                None => {
                    let mut message = payloads::message(
                        payloads::snowflake(),
                        user.channel_id(),
                        payloads::bot_user(),
                    );
                    message["components"] = payloads::button_row(custom_id);
                    state.messages.push(message.clone());
                    message
                }
            };
            let data = payloads::button_data(custom_id);
            state.interact(3, user, data, Some(message), permissions)
        })
    }

    /// Sends a message from `user` (MESSAGE_CREATE) and returns its id. Users mentioned as
    /// `<@id>` (see [`StandIn::bot_mention`]) are listed in `mentions`, which is how serenity
    /// and poise notice that the bot was mentioned.
    pub async fn message(&self, user: &TestUser, content: &str) -> u64 {
        self.shared
            .update(|state| state.user_message(user, content))
    }

    /// The body of the bot's callback (`POST /interactions/{id}/{token}/callback`).
    pub async fn callback(&self, interaction: &SentInteraction, timeout: Duration) -> Value {
        let path = format!(
            "/api/v10/interactions/{}/{}/callback",
            interaction.id, interaction.token
        );
        let what = format!("the callback for interaction {}", interaction.id);
        let request = self
            .wait_request(timeout, &what, |r| r.method == "POST" && r.path == path)
            .await;
        request.body
    }

    /// The next request on the interaction's webhook: a followup (`POST`), or a read, edit or
    /// delete of the original response or a followup (`.../messages/@original` or `/{id}`).
    pub async fn webhook_request(
        &self,
        interaction: &SentInteraction,
        timeout: Duration,
    ) -> Recorded {
        let base = format!("/api/v10/webhooks/{APP_ID}/{}", interaction.token);
        let what = format!("a webhook request for interaction {}", interaction.id);
        self.wait_request(timeout, &what, |r| {
            r.path == base || r.path.starts_with(&format!("{base}/"))
        })
        .await
    }

    /// The body of the next message the bot sends to `channel_id` (`POST /channels/{id}/messages`).
    pub async fn channel_message(&self, channel_id: u64, timeout: Duration) -> Value {
        let path = format!("/api/v10/channels/{channel_id}/messages");
        let what = format!("a message to channel {channel_id}");
        let request = self
            .wait_request(timeout, &what, |r| r.method == "POST" && r.path == path)
            .await;
        request.body
    }

    /// The next accepted (2xx) request matching `matches` that no earlier wait returned.
    /// Failed requests are left out here (they are in [`StandIn::requests`]), so a wait
    /// returns what actually reached "Discord".
    pub async fn wait_request(
        &self,
        timeout: Duration,
        what: &str,
        matches: impl Fn(&Recorded) -> bool,
    ) -> Recorded {
        self.wait_for(timeout, what, |state| {
            let index = (0..state.requests.len()).find(|i| {
                let request = &state.requests[*i];
                !state.taken.contains(i) && request.accepted() && matches(request)
            })?;
            state.taken.insert(index);
            Some(state.requests[index].clone())
        })
        .await
    }

    /// Every REST request so far, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.lock().requests.clone()
    }

    /// Makes the next request whose method is `method` and whose path contains
    /// `path_contains` fail with `status` and `body` (JSON or not), then behaves normally.
    pub fn fail_next(&self, method: &str, path_contains: &str, status: u16, body: &str) {
        self.shared.update(|state| {
            state.faults.push(Fault {
                method: method.to_owned(),
                path_contains: path_contains.to_owned(),
                status,
                body: body.to_owned(),
            });
        });
    }

    /// [`StandIn::fail_next`] with Discord's 429 body and `Retry-After` headers. Note that
    /// serenity cannot decode that body (it has no `code`): the bot sees status 429 with
    /// error code -1.
    pub fn rate_limit_next(&self, method: &str, path_contains: &str, retry_after_secs: f64) {
        let body = json!({
            "message": "You are being rate limited.",
            "retry_after": retry_after_secs,
            "global": false,
        });
        self.fail_next(method, path_contains, 429, &body.to_string());
    }

    /// Closes the bot's websocket with `close_code` (4000 makes serenity resume). Dispatches
    /// made until it resumes are queued and replayed on RESUME.
    pub async fn drop_gateway(&self, close_code: u16) {
        self.disconnect(Outgoing::Close(close_code));
    }

    /// Sends op 7 RECONNECT; the bot reconnects and resumes on its own.
    pub async fn request_reconnect(&self) {
        self.disconnect(Outgoing::Frame(json!({"op": 7, "d": null}).to_string()));
    }

    /// Waits until the bot resumed after every [`StandIn::drop_gateway`] /
    /// [`StandIn::request_reconnect`] so far.
    pub async fn wait_resumed(&self, timeout: Duration) {
        self.wait_for(timeout, "the bot to RESUME", |state| {
            (state.resumes >= state.drops && state.connection.is_some()).then_some(())
        })
        .await
    }

    /// Waits until the bot has sent at least `count` heartbeats in total.
    pub async fn wait_heartbeats(&self, count: u64, timeout: Duration) {
        let what = format!("{count} heartbeats");
        self.wait_for(timeout, &what, |state| {
            (state.heartbeats >= count).then_some(())
        })
        .await
    }

    /// Every frame the bot sent on the gateway, oldest first.
    pub fn gateway_frames(&self) -> Vec<Value> {
        self.shared.lock().client_frames.clone()
    }

    fn command_interaction(
        &self,
        kind: u8,
        user: &TestUser,
        name: &str,
        options: Value,
    ) -> SentInteraction {
        let permissions = self.shared.options.bot_permissions;
        self.shared.update(|state| {
            let (command_id, guild_id) = state.command_id(user, name);
            let data = payloads::command_data(command_id, name, options, guild_id);
            state.interact(kind, user, data, None, permissions)
        })
    }

    fn disconnect(&self, how: Outgoing) {
        self.shared.update(|state| {
            let connection = state
                .connection
                .take()
                .expect("stand-in: the bot is not connected to the gateway");
            connection.send(how);
            state.drops += 1;
        });
    }

    /// Polls `check` on every state change until it returns `Some`, or panics at `timeout`.
    async fn wait_for<T>(
        &self,
        timeout: Duration,
        what: &str,
        mut check: impl FnMut(&mut State) -> Option<T>,
    ) -> T {
        let mut changes = self.shared.changes.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            // Marking the version as seen before checking means no change can slip between
            // the check and the wait.
            changes.borrow_and_update();
            if let Some(found) = check(&mut self.shared.lock()) {
                return found;
            }
            if tokio::time::timeout_at(deadline, changes.changed())
                .await
                .is_err()
            {
                panic!(
                    "stand-in: timed out after {timeout:?} waiting for {what}\n{}",
                    self.shared.lock().summary()
                );
            }
        }
    }
}

/// What the server tasks and the test share.
struct Shared {
    options: Options,
    addr: SocketAddr,
    state: Mutex<State>,
    /// Bumped on every state change; waits subscribe to it.
    changes: watch::Sender<u64>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panicking dispatch check poisons the lock; the state is still consistent enough
        // for the failure summary.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn update<T>(&self, change: impl FnOnce(&mut State) -> T) -> T {
        let result = change(&mut self.lock());
        self.changes.send_modify(|version| *version += 1);
        result
    }

    fn gateway_url(&self) -> String {
        format!("ws://{}/gateway", self.addr)
    }

    /// Whether a token (with or without the `Bot ` prefix) is the valid one.
    fn accepts(&self, token: &str) -> bool {
        !self.options.reject_token && token.strip_prefix("Bot ").unwrap_or(token) == TOKEN
    }
}

/// A frame for one websocket connection's writer.
#[derive(Debug)]
enum Outgoing {
    Frame(String),
    Close(u16),
}

#[derive(Clone)]
struct Connection {
    id: u64,
    sender: mpsc::UnboundedSender<Outgoing>,
}

impl Connection {
    fn send(&self, frame: Outgoing) {
        // The socket may be gone already; RESUME replays whatever it missed.
        let _ = self.sender.send(frame);
    }
}

struct Session {
    id: String,
    seq: u64,
    /// Every dispatch of the session as sent, for replay on RESUME.
    log: Vec<(u64, String)>,
}

struct Fault {
    method: String,
    path_contains: String,
    status: u16,
    body: String,
}

struct InteractionInfo {
    token: String,
    channel_id: u64,
    acknowledged: bool,
    /// For component interactions: the message the component is on.
    message_id: Option<u64>,
}

#[derive(Default)]
struct State {
    requests: Vec<Recorded>,
    /// Indices of `requests` already returned by a wait.
    taken: HashSet<usize>,
    faults: Vec<Fault>,

    identifies: Vec<Identify>,
    client_frames: Vec<Value>,
    session: Option<Session>,
    /// The live websocket of the session; `None` while the bot is disconnected.
    connection: Option<Connection>,
    connections_opened: u64,
    heartbeats: u64,
    drops: u64,
    resumes: u64,

    /// Ids given to registered commands, kept across re-registrations as Discord does.
    command_ids: HashMap<(Scope, String), u64>,
    /// The last registration answer per scope, for `GET .../commands`.
    registered: HashMap<Scope, Value>,
    interactions: HashMap<u64, InteractionInfo>,
    /// Every message sent by users or the bot, oldest first.
    messages: Vec<Value>,
    /// Interaction token → id of its original response message.
    originals: HashMap<String, u64>,
    /// DM channel id → the user on the other side.
    dm_recipients: HashMap<u64, Value>,
    bot_role_id: u64,
    /// Permission bits → the guild role that grants them (made on first use).
    permission_roles: HashMap<u64, u64>,
}

impl State {
    fn intents(&self) -> u64 {
        self.identifies
            .last()
            .map_or(0, |identify| identify.intents)
    }

    /// Sends a dispatch on the current session, or queues it for RESUME while disconnected.
    fn dispatch(&mut self, event: &str, data: Value) {
        if let Err(error) = payloads::check_dispatch(event, &data) {
            panic!("stand-in: serenity could not read this {event}: {error}\n{data:#}");
        }
        let session = self
            .session
            .as_mut()
            .expect("stand-in: no gateway session yet; call wait_ready() first");
        session.seq += 1;
        let frame = json!({"op": 0, "t": event, "s": session.seq, "d": data}).to_string();
        session.log.push((session.seq, frame.clone()));
        if let Some(connection) = &self.connection {
            connection.send(Outgoing::Frame(frame));
        }
    }

    fn command_id(&self, user: &TestUser, name: &str) -> (u64, Option<u64>) {
        let guild = (Scope::Guild(GUILD_ID), name.to_owned());
        let global = (Scope::Global, name.to_owned());
        match (self.command_ids.get(&guild), self.command_ids.get(&global)) {
            (Some(&id), _) if user.in_guild => (id, Some(GUILD_ID)),
            (_, Some(&id)) => (id, None),
            _ => (payloads::snowflake(), None),
        }
    }

    fn interact(
        &mut self,
        kind: u8,
        user: &TestUser,
        data: Value,
        message: Option<Value>,
        app_permissions: u64,
    ) -> SentInteraction {
        let id = payloads::snowflake();
        let token = format!("standin-interaction-{id}");
        let mut payload = payloads::interaction(kind, id, &token, user, data, app_permissions);
        let message_id = message.as_ref().and_then(message_id);
        if let Some(message) = message {
            payload["message"] = message;
        }
        self.note_dm(user);
        self.interactions.insert(
            id,
            InteractionInfo {
                token: token.clone(),
                channel_id: user.channel_id(),
                acknowledged: false,
                message_id,
            },
        );
        self.dispatch("INTERACTION_CREATE", payload.clone());
        SentInteraction { id, token, payload }
    }

    fn user_message(&mut self, user: &TestUser, content: &str) -> u64 {
        let intents = self.intents();
        let id = payloads::snowflake();
        let mentioned = payloads::mentioned_ids(content);
        let mentions: Vec<Value> = mentioned
            .iter()
            .map(|&id| match id {
                BOT_USER_ID => payloads::bot_user(),
                other => payloads::user(other, &format!("user{other}")),
            })
            .collect();

        let mut message = payloads::message(id, user.channel_id(), payloads::test_user(user));
        message["content"] = json!(content);
        message["mentions"] = json!(mentions);
        if user.in_guild {
            let roles = self.permission_role(user.permissions);
            message["guild_id"] = json!(GUILD_ID.to_string());
            message["member"] = payloads::member(None, &roles, None);
        } else {
            self.note_dm(user);
        }
        self.messages.push(message.clone());

        let needed = if user.in_guild {
            INTENT_GUILD_MESSAGES
        } else {
            INTENT_DIRECT_MESSAGES
        };
        if intents & needed == 0 {
            eprintln!("stand-in: MESSAGE_CREATE {id} not delivered: the bot lacks the intent");
            return id;
        }
        // Discord withholds content from bots without MESSAGE_CONTENT, except in DMs and in
        // messages that mention the bot.
        let content_visible = !user.in_guild
            || mentioned.contains(&BOT_USER_ID)
            || intents & INTENT_MESSAGE_CONTENT != 0;
        if !content_visible {
            message["content"] = json!("");
        }
        self.dispatch("MESSAGE_CREATE", message);
        id
    }

    /// The roles that give a guild member `permissions`: one role per distinct set, announced
    /// with GUILD_ROLE_CREATE so serenity's cache can compute prefix-command permissions.
    fn permission_role(&mut self, permissions: u64) -> Vec<u64> {
        if permissions == 0 {
            return Vec::new();
        }
        if let Some(&role_id) = self.permission_roles.get(&permissions) {
            return vec![role_id];
        }
        let role_id = payloads::snowflake();
        self.permission_roles.insert(permissions, role_id);
        if self.intents() & INTENT_GUILDS != 0 {
            let position = self.permission_roles.len() as u16 + 1;
            let role = payloads::role(
                role_id,
                &format!("perms-{permissions}"),
                permissions,
                position,
            );
            self.dispatch(
                "GUILD_ROLE_CREATE",
                json!({"guild_id": GUILD_ID.to_string(), "role": role}),
            );
        }
        vec![role_id]
    }

    fn note_dm(&mut self, user: &TestUser) {
        if !user.in_guild {
            self.dm_recipients
                .insert(user.channel_id(), payloads::test_user(user));
        }
    }

    fn message_mut(&mut self, id: u64) -> Option<&mut Value> {
        self.messages
            .iter_mut()
            .find(|message| message_id(message) == Some(id))
    }

    /// Removes and returns the first fault matching this request.
    fn take_fault(&mut self, method: &str, path: &str) -> Option<Fault> {
        let index = self.faults.iter().position(|fault| {
            fault.method.eq_ignore_ascii_case(method) && path.contains(&fault.path_contains)
        })?;
        Some(self.faults.remove(index))
    }

    /// Gateway status and the latest requests, for timeout panics.
    fn summary(&self) -> String {
        let mut summary = format!(
            "gateway: {} identify, connected: {}, dispatches: {}, heartbeats: {}, drops: {}, \
             resumes: {}\nlatest REST requests:",
            self.identifies.len(),
            self.connection.is_some(),
            self.session.as_ref().map_or(0, |s| s.seq),
            self.heartbeats,
            self.drops,
            self.resumes,
        );
        let skip = self.requests.len().saturating_sub(15);
        for request in &self.requests[skip..] {
            let body = request.body.to_string();
            let body: String = body.chars().take(200).collect();
            summary += &format!(
                "\n  {} {} -> {}  {body}",
                request.method, request.path, request.status
            );
        }
        if self.requests.is_empty() {
            summary += " none";
        }
        summary
    }
}

fn message_id(message: &Value) -> Option<u64> {
    message["id"].as_str()?.parse().ok()
}

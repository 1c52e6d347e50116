//! Proof that the Discord stand-in works with a real, bare serenity client (no poise, no
//! citebot code), plus checks that every payload it builds deserializes into serenity's models.

mod standin;

use std::time::Duration;

use serde_json::{json, Value};
use serenity::all::{
    ActionRowComponent, ButtonKind, Channel, Command, CommandInteraction, CommandOptionType,
    Context, CreateActionRow, CreateAttachment, CreateAutocompleteResponse, CreateButton,
    CreateCommand, CreateCommandOption, CreateEmbed, CreateInteractionResponse,
    CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateMessage,
    CurrentApplicationInfo, CurrentUser, EditInteractionResponse, EventHandler, GatewayError,
    GatewayIntents, GuildId, HttpBuilder, HttpError, Interaction, Message, Ready,
};
use serenity::async_trait;
use serenity::client::ClientBuilder;
use standin::{payloads, Options, StandIn, TestUser, CHANNEL_ID, GUILD_ID, TOKEN};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

const WAIT: Duration = Duration::from_secs(10);

const ALL_INTENTS: GatewayIntents = GatewayIntents::GUILDS
    .union(GatewayIntents::GUILD_MESSAGES)
    .union(GatewayIntents::DIRECT_MESSAGES)
    .union(GatewayIntents::MESSAGE_CONTENT);

/// A minimal bot. Everything it does ends in a report (`ok:...` or `error:...`), so tests can
/// also assert on what serenity made of the stand-in's answers.
struct Bot {
    reports: mpsc::UnboundedSender<String>,
}

impl Bot {
    fn report(&self, what: &str, result: serenity::Result<()>) {
        let line = match result {
            Ok(()) => format!("ok:{what}"),
            Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(response))) => format!(
                "error:{what}:http {} code {}",
                response.status_code.as_u16(),
                response.error.code
            ),
            Err(other) => format!("error:{what}:{other}"),
        };
        let _ = self.reports.send(line);
    }

    async fn command(&self, ctx: &Context, command: &CommandInteraction) -> serenity::Result<()> {
        match command.data.name.as_str() {
            "ask" => {
                let question = command.data.options.first().and_then(|o| o.value.as_str());
                let embed = CreateEmbed::new()
                    .title("Answer")
                    .description(format!("You asked: {}", question.unwrap_or("nothing")))
                    .field("source", "article", false);
                let button = CreateButton::new("more").label("More");
                let message = CreateInteractionResponseMessage::new()
                    .content("here you go")
                    .embed(embed)
                    .components(vec![CreateActionRow::Buttons(vec![button])]);
                command
                    .create_response(&ctx.http, CreateInteractionResponse::Message(message))
                    .await
            }
            "twice" => {
                for _ in 0..2 {
                    let message = CreateInteractionResponseMessage::new().content("again");
                    command
                        .create_response(&ctx.http, CreateInteractionResponse::Message(message))
                        .await?;
                }
                Ok(())
            }
            "slow" => {
                command.defer(&ctx.http).await?;
                let edit = EditInteractionResponse::new().content("done");
                let original = command.edit_response(&ctx.http, edit).await?;
                assert_eq!(original.content, "done");
                let followup = CreateInteractionResponseFollowup::new().content("and more");
                command.create_followup(&ctx.http, followup).await?;
                Ok(())
            }
            other => panic!("unexpected command {other}"),
        }
    }
}

#[async_trait]
impl EventHandler for Bot {
    async fn ready(&self, ctx: Context, _ready: Ready) {
        let global = vec![CreateCommand::new("ask").description("Ask").add_option(
            CreateCommandOption::new(CommandOptionType::String, "question", "What to ask")
                .required(true)
                .set_autocomplete(true),
        )];
        let result = Command::set_global_commands(&ctx.http, global).await;
        let result = result.map(|commands| {
            for command in commands {
                let _ = self
                    .reports
                    .send(format!("registered:{}:{}", command.name, command.id));
            }
        });
        self.report("register", result);
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        match interaction {
            Interaction::Command(command) => {
                let result = self.command(&ctx, &command).await;
                self.report(&command.data.name, result);
            }
            Interaction::Autocomplete(autocomplete) => {
                let typed = autocomplete.data.autocomplete().map(|o| o.value.to_owned());
                let typed = typed.unwrap_or_default();
                let choices = CreateAutocompleteResponse::new()
                    .add_string_choice(format!("{typed} one"), "1")
                    .add_string_choice(format!("{typed} two"), "2");
                let response = CreateInteractionResponse::Autocomplete(choices);
                let result = autocomplete.create_response(&ctx.http, response).await;
                self.report("autocomplete", result);
            }
            Interaction::Component(component) => {
                let response = CreateInteractionResponse::Acknowledge;
                let result = component.create_response(&ctx.http, response).await;
                self.report(&format!("click:{}", component.message.id), result);
            }
            _ => {}
        }
    }

    async fn message(&self, ctx: Context, message: Message) {
        if message.author.bot {
            return;
        }
        let mentioned = message.mentions_user_id(ctx.cache.current_user().id);
        let reply = if message.content == "perms?" {
            // Computed from serenity's cache: GUILD_CREATE roles plus the member's roles.
            let permissions = message.author_permissions(&ctx.cache).map(|p| p.bits());
            format!("perms: {permissions:?}")
        } else {
            format!("echo: {} (mentioned: {mentioned})", message.content)
        };
        let mut reply = CreateMessage::new().content(reply);
        if message.content.contains("attach") {
            reply = reply.add_file(CreateAttachment::bytes(b"hello".as_slice(), "note.txt"));
        }
        // `&ctx` (not `&ctx.http`) makes serenity check the bot's permissions in its cache,
        // which exercises GUILD_CREATE.
        let result = message.channel_id.send_message(&ctx, reply).await;
        self.report("message", result.map(drop));
    }
}

struct Running {
    standin: StandIn,
    reports: mpsc::UnboundedReceiver<String>,
}

impl Running {
    /// The next report from the bot.
    async fn report(&mut self) -> String {
        next_report(&mut self.reports).await
    }
}

async fn next_report(reports: &mut mpsc::UnboundedReceiver<String>) -> String {
    tokio::time::timeout(WAIT, reports.recv())
        .await
        .expect("timed out waiting for the bot to report")
        .expect("the bot is gone")
}

/// Starts a bare serenity client against `standin`; returns the client task and its reports.
async fn start_client(
    standin: &StandIn,
    intents: GatewayIntents,
) -> (
    JoinHandle<serenity::Result<()>>,
    mpsc::UnboundedReceiver<String>,
) {
    let (sender, reports) = mpsc::unbounded_channel();
    let http = HttpBuilder::new(TOKEN)
        .proxy(standin.api_url())
        .ratelimiter_disabled(true)
        .build();
    let mut client = ClientBuilder::new_with_http(http, intents)
        .event_handler(Bot { reports: sender })
        .await
        .expect("the client builds");
    (tokio::spawn(async move { client.start().await }), reports)
}

/// Starts a stand-in and a bot connected to it, and waits until its commands are registered.
async fn start(options: Options, intents: GatewayIntents) -> Running {
    let standin = StandIn::start_with(options).await;
    let (_client, mut reports) = start_client(&standin, intents).await;
    standin.wait_ready(WAIT).await;
    standin.wait_commands(WAIT).await;
    assert!(next_report(&mut reports)
        .await
        .starts_with("registered:ask:"));
    assert_eq!(next_report(&mut reports).await, "ok:register");
    Running { standin, reports }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slash_command_gets_an_embed_reply() {
    let mut bot = start(Options::default(), ALL_INTENTS).await;

    let alice = TestUser::member(1001, "alice", 1 << 13);
    let options = json!([{"name": "question", "type": 3, "value": "why?"}]);
    let it = bot.standin.slash(&alice, "ask", options).await;
    let callback = bot.standin.callback(&it, WAIT).await;
    assert_eq!(bot.report().await, "ok:ask");

    assert_eq!(callback["type"], 4);
    assert_eq!(callback["data"]["content"], "here you go");
    let embed = &callback["data"]["embeds"][0];
    assert_eq!(embed["title"], "Answer");
    assert_eq!(embed["description"], "You asked: why?");
    assert_eq!(embed["fields"][0]["name"], "source");

    let request = bot.standin.requests().into_iter().last().unwrap();
    assert_eq!(
        request.header("authorization"),
        Some("Bot standin.bot.token")
    );
    assert_eq!(request.status, 204);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn startup_identifies_and_registers_commands() {
    let standin = StandIn::start().await;
    let (_client, mut reports) = start_client(&standin, ALL_INTENTS).await;

    let identify = standin.wait_ready(WAIT).await;
    assert_eq!(identify.token, format!("Bot {TOKEN}"));
    assert_eq!(identify.intents, ALL_INTENTS.bits());

    let (scope, body) = standin.wait_commands(WAIT).await;
    assert_eq!(scope, standin::Scope::Global);
    assert_eq!(body[0]["name"], "ask");
    assert_eq!(body[0]["options"][0]["autocomplete"], true);

    // serenity parsed the registration answer; a slash command carries the assigned id.
    let registered = next_report(&mut reports).await;
    let id = registered
        .strip_prefix("registered:ask:")
        .expect(&registered);
    let it = standin
        .slash(&TestUser::dm(7, "dan"), "ask", json!([]))
        .await;
    assert_eq!(it.payload["data"]["id"], id);

    let paths: Vec<String> = standin.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths[0], "/api/v10/gateway");
    let registration = format!("/api/v10/applications/{}/commands", standin::APP_ID);
    assert!(paths.contains(&registration), "{paths:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deferred_response_edit_and_followup() {
    let mut bot = start(Options::default(), ALL_INTENTS).await;
    let bob = TestUser::dm(1002, "bob");
    let it = bot.standin.slash(&bob, "slow", json!([])).await;

    assert_eq!(bot.standin.callback(&it, WAIT).await["type"], 5);
    let edit = bot.standin.webhook_request(&it, WAIT).await;
    assert_eq!(edit.method, "PATCH");
    assert!(edit.path.ends_with("/messages/@original"));
    assert_eq!(edit.body["content"], "done");
    let followup = bot.standin.webhook_request(&it, WAIT).await;
    assert_eq!(followup.method, "POST");
    assert_eq!(followup.body["content"], "and more");

    assert_eq!(bot.report().await, "ok:slow");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_callback_is_rejected_like_discord_does() {
    let mut bot = start(Options::default(), ALL_INTENTS).await;
    let alice = TestUser::member(1001, "alice", 0);
    let it = bot.standin.slash(&alice, "twice", json!([])).await;
    bot.standin.callback(&it, WAIT).await;
    assert_eq!(bot.report().await, "error:twice:http 400 code 40060");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_gets_choices() {
    let bot = start(Options::default(), ALL_INTENTS).await;
    let alice = TestUser::member(1001, "alice", 0);
    let options = json!([{"name": "question", "type": 3, "value": "wh", "focused": true}]);
    let it = bot.standin.autocomplete(&alice, "ask", options).await;
    let callback = bot.standin.callback(&it, WAIT).await;
    assert_eq!(callback["type"], 8);
    assert_eq!(
        callback["data"]["choices"][0],
        json!({"name": "wh one", "value": "1"})
    );
    assert_eq!(callback["data"]["choices"][1]["name"], "wh two");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clicking_a_button_on_the_bots_reply() {
    let mut bot = start(Options::default(), ALL_INTENTS).await;
    let alice = TestUser::member(1001, "alice", 0);
    let it = bot.standin.slash(&alice, "ask", json!([])).await;
    bot.standin.callback(&it, WAIT).await;
    assert_eq!(bot.report().await, "ok:ask");

    let click = bot.standin.click(&alice, "more").await;
    assert_eq!(bot.standin.callback(&click, WAIT).await["type"], 6);
    // The clicked message is the bot's reply, which serenity saw with its button.
    let message = &click.payload["message"];
    assert_eq!(message["content"], "here you go");
    assert_eq!(
        bot.report().await,
        format!("ok:click:{}", message["id"].as_str().unwrap())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_in_guild_and_dm_get_replies() {
    let mut bot = start(Options::default(), ALL_INTENTS).await;
    let alice = TestUser::member(1001, "alice", 0);

    let content = format!("{} hello", StandIn::bot_mention());
    bot.standin.message(&alice, &content).await;
    let reply = bot.standin.channel_message(CHANNEL_ID, WAIT).await;
    assert_eq!(
        reply["content"],
        format!("echo: {content} (mentioned: true)")
    );
    assert_eq!(bot.report().await, "ok:message");

    let in_dm = alice.in_dm();
    bot.standin.message(&in_dm, "psst").await;
    let reply = bot.standin.channel_message(in_dm.channel_id(), WAIT).await;
    assert_eq!(reply["content"], "echo: psst (mentioned: false)");
    assert_eq!(bot.report().await, "ok:message");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attachments_arrive_as_multipart() {
    let mut bot = start(Options::default(), ALL_INTENTS).await;
    bot.standin
        .message(&TestUser::member(1001, "alice", 0), "attach it")
        .await;
    let reply = bot.standin.channel_message(CHANNEL_ID, WAIT).await;
    assert_eq!(reply["content"], "echo: attach it (mentioned: false)");
    assert_eq!(bot.report().await, "ok:message");
    let request = bot.standin.requests().into_iter().last().unwrap();
    assert_eq!(request.files, ["note.txt"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn content_is_withheld_without_the_message_content_intent() {
    let intents = ALL_INTENTS.difference(GatewayIntents::MESSAGE_CONTENT);
    let bot = start(Options::default(), intents).await;
    let alice = TestUser::member(1001, "alice", 0);

    bot.standin.message(&alice, "secret").await;
    let reply = bot.standin.channel_message(CHANNEL_ID, WAIT).await;
    assert_eq!(reply["content"], "echo:  (mentioned: false)");

    let content = format!("{} visible", StandIn::bot_mention());
    bot.standin.message(&alice, &content).await;
    let reply = bot.standin.channel_message(CHANNEL_ID, WAIT).await;
    assert_eq!(
        reply["content"],
        format!("echo: {content} (mentioned: true)")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guild_permissions_reach_the_cache() {
    let mut bot = start(Options::default(), ALL_INTENTS).await;
    let manage_messages = 1 << 13;
    let moderator = TestUser::member(1001, "mod", manage_messages);
    bot.standin.message(&moderator, "perms?").await;
    let reply = bot.standin.channel_message(CHANNEL_ID, WAIT).await;
    assert_eq!(reply["content"], format!("perms: Some({manage_messages})"));
    assert_eq!(bot.report().await, "ok:message");

    bot.standin
        .message(&TestUser::member(1002, "pleb", 0), "perms?")
        .await;
    let reply = bot.standin.channel_message(CHANNEL_ID, WAIT).await;
    assert_eq!(reply["content"], "perms: Some(0)");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bot_without_send_messages_is_stopped_by_serenitys_cache() {
    let options = Options {
        bot_permissions: 1 << 10, // VIEW_CHANNEL only
        ..Options::default()
    };
    let mut bot = start(options, ALL_INTENTS).await;
    bot.standin
        .message(&TestUser::member(1001, "alice", 0), "hi")
        .await;
    let report = bot.report().await;
    assert!(report.starts_with("error:message:"), "{report}");
    let sent = bot
        .standin
        .requests()
        .into_iter()
        .any(|r| r.path.ends_with("/messages"));
    assert!(!sent, "serenity should refuse before sending");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_gateway_resumes_and_replays_missed_dispatches() {
    let bot = start(Options::default(), ALL_INTENTS).await;
    let alice = TestUser::member(1001, "alice", 0);

    bot.standin.drop_gateway(4000).await;
    bot.standin.message(&alice, "while you were away").await;
    bot.standin.wait_resumed(WAIT).await;
    let reply = bot.standin.channel_message(CHANNEL_ID, WAIT).await;
    assert_eq!(
        reply["content"],
        "echo: while you were away (mentioned: false)"
    );

    bot.standin.request_reconnect().await;
    bot.standin.message(&alice, "and again").await;
    bot.standin.wait_resumed(WAIT).await;
    let reply = bot.standin.channel_message(CHANNEL_ID, WAIT).await;
    assert_eq!(reply["content"], "echo: and again (mentioned: false)");

    let ops: Vec<Value> = bot
        .standin
        .gateway_frames()
        .iter()
        .map(|f| f["op"].clone())
        .collect();
    assert_eq!(
        ops.iter().filter(|op| **op == 2).count(),
        1,
        "identified once: {ops:?}"
    );
    assert_eq!(
        ops.iter().filter(|op| **op == 6).count(),
        2,
        "resumed twice: {ops:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn injected_failures_reach_the_client() {
    let mut bot = start(Options::default(), ALL_INTENTS).await;
    let alice = TestUser::member(1001, "alice", 0);

    bot.standin
        .fail_next("POST", "/messages", 500, "<html>oops</html>");
    bot.standin.message(&alice, "one").await;
    assert_eq!(bot.report().await, "error:message:http 500 code -1");

    bot.standin.rate_limit_next("POST", "/messages", 0.5);
    bot.standin.message(&alice, "two").await;
    assert_eq!(bot.report().await, "error:message:http 429 code -1");

    bot.standin.message(&alice, "three").await;
    let reply = bot.standin.channel_message(CHANNEL_ID, WAIT).await;
    assert_eq!(reply["content"], "echo: three (mentioned: false)");

    let sends: Vec<_> = bot
        .standin
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/messages"))
        .collect();
    let statuses: Vec<u16> = sends.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [500, 429, 200]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limit_fails_one_request() {
    let standin = StandIn::start().await;
    standin.rate_limit_next("GET", "/users/@me", 1.5);
    let http = HttpBuilder::new(TOKEN)
        .proxy(standin.api_url())
        .ratelimiter_disabled(true)
        .build();
    let error = http.get_current_user().await.unwrap_err();
    let serenity::Error::Http(HttpError::UnsuccessfulRequest(response)) = error else {
        panic!("expected an HTTP error, got {error}");
    };
    assert_eq!(response.status_code.as_u16(), 429);
    // Discord's 429 body has no `code`, which serenity's error type requires: the body is
    // lost (code -1) and only the status gets through.
    assert_eq!(response.error.code, -1);
    assert!(response.error.message.contains("missing field `code`"));
    // Afterwards, normal service.
    assert_eq!(
        http.get_current_user().await.unwrap().id.get(),
        standin::BOT_USER_ID
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_answer_has_discord_headers() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let standin = StandIn::start().await;
    standin.rate_limit_next("GET", "/users/@me", 1.5);
    // serenity does not expose response headers, so ask by hand.
    let address = standin.api_url().replace("http://", "");
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let request = format!(
        "GET /api/v10/users/@me HTTP/1.1\r\nHost: discord.com\r\n\
         Authorization: Bot {TOKEN}\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    let response = response.to_lowercase();
    assert!(response.starts_with("http/1.1 429"), "{response}");
    assert!(response.contains("retry-after: 2\r\n"), "{response}");
    assert!(
        response.contains("x-ratelimit-reset-after: 1.5\r\n"),
        "{response}"
    );
    assert!(response.contains("\"retry_after\":1.5"), "{response}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rejected_token_stops_the_client() {
    let options = Options {
        reject_token: true,
        ..Options::default()
    };
    let standin = StandIn::start_with(options).await;
    let (client, _reports) = start_client(&standin, ALL_INTENTS).await;
    let result = tokio::time::timeout(WAIT, client)
        .await
        .expect("the client should stop")
        .expect("the client task should not panic");
    // The gateway's 4004 close, not a fallback to the real gateway URL.
    assert!(
        matches!(
            result,
            Err(serenity::Error::Gateway(
                GatewayError::InvalidAuthentication
            ))
        ),
        "{result:?}"
    );

    let http = HttpBuilder::new(TOKEN)
        .proxy(standin.api_url())
        .ratelimiter_disabled(true)
        .build();
    let error = http.get_current_user().await.unwrap_err();
    let serenity::Error::Http(HttpError::UnsuccessfulRequest(response)) = error else {
        panic!("expected an HTTP error, got {error}");
    };
    assert_eq!(response.status_code.as_u16(), 401);
    assert_eq!(response.error.message, "401: Unauthorized");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn heartbeats_are_acknowledged() {
    let options = Options {
        heartbeat_interval: Duration::from_millis(100),
        ..Options::default()
    };
    let bot = start(options, ALL_INTENTS).await;
    bot.standin.wait_heartbeats(3, WAIT).await;
    // serenity reconnects when a heartbeat goes unacknowledged; it did not.
    let identifies = bot
        .standin
        .gateway_frames()
        .iter()
        .filter(|f| f["op"] == 2)
        .count();
    assert_eq!(identifies, 1);
}

#[tokio::test]
#[should_panic(expected = "stand-in: timed out after 100ms waiting for a message to channel")]
async fn waits_time_out_with_a_clear_message() {
    let standin = StandIn::start().await;
    standin
        .channel_message(CHANNEL_ID, Duration::from_millis(100))
        .await;
}

/// The payload builders, checked directly against serenity's models.
mod payloads_deserialize {
    use super::*;
    use serenity::model::event::{GuildCreateEvent, GuildRoleCreateEvent};

    fn parse<T: serde::de::DeserializeOwned>(value: Value) -> T {
        serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{e}\nin {value:#}"))
    }

    fn alice() -> TestUser {
        TestUser::member(1001, "alice", 1 << 13)
    }

    #[test]
    fn ready() {
        let ready: Ready = parse(payloads::ready("s", "ws://x", Some(&json!([0, 1]))));
        assert_eq!(ready.user.id.get(), standin::BOT_USER_ID);
        assert!(ready.user.bot);
        assert_eq!(ready.application.id.get(), standin::APP_ID);
        assert_eq!(ready.guilds[0].id.get(), GUILD_ID);
        assert_eq!(ready.shard.unwrap().total, 1);
    }

    #[test]
    fn guild_create_and_role_create() {
        let event: GuildCreateEvent = parse(payloads::guild(42, 1 << 11));
        let guild = event.guild;
        assert_eq!(guild.id.get(), GUILD_ID);
        assert!(guild.channels.contains_key(&CHANNEL_ID.into()));
        let bot = &guild.members[&standin::BOT_USER_ID.into()];
        let channel = &guild.channels[&CHANNEL_ID.into()];
        assert!(guild.user_permissions_in(channel, bot).send_messages());

        let role = payloads::role(43, "perms", 1 << 13, 2);
        let event: GuildRoleCreateEvent =
            parse(json!({"guild_id": GUILD_ID.to_string(), "role": role}));
        assert!(event.role.permissions.manage_messages());
        assert_eq!(event.role.guild_id.get(), GUILD_ID);
    }

    fn command_interaction(kind: u8, user: &TestUser, options: Value) -> Interaction {
        let data = payloads::command_data(5, "ask", options, Some(GUILD_ID));
        parse(payloads::interaction(kind, 6, "tok", user, data, 1 << 11))
    }

    #[test]
    fn slash_command_in_guild() {
        let options = json!([{"name": "sub", "type": 1, "options": [
            {"name": "question", "type": 3, "value": "why?"},
            {"name": "count", "type": 4, "value": 3},
        ]}]);
        let Interaction::Command(command) = command_interaction(2, &alice(), options) else {
            panic!("not a command");
        };
        assert_eq!(command.guild_id.map(GuildId::get), Some(GUILD_ID));
        assert_eq!(command.user.id.get(), 1001, "user is filled in from member");
        let member = command.member.unwrap();
        assert!(member.permissions.unwrap().manage_messages());
        assert!(command.app_permissions.unwrap().send_messages());
        assert_eq!(command.channel.unwrap().id.get(), CHANNEL_ID);
        assert_eq!(command.data.options()[0].name, "sub");
    }

    #[test]
    fn slash_command_in_dm() {
        let dm = TestUser::dm(1002, "bob");
        let Interaction::Command(command) = command_interaction(2, &dm, json!([])) else {
            panic!("not a command");
        };
        assert!(command.guild_id.is_none() && command.member.is_none());
        assert_eq!(command.user.id.get(), 1002);
        assert_eq!(command.channel_id.get(), dm.channel_id());
    }

    #[test]
    fn autocomplete() {
        let options = json!([{"name": "question", "type": 3, "value": "wh", "focused": true}]);
        let Interaction::Autocomplete(autocomplete) = command_interaction(4, &alice(), options)
        else {
            panic!("not an autocomplete");
        };
        assert_eq!(autocomplete.data.autocomplete().unwrap().value, "wh");
    }

    #[test]
    fn button_click_with_its_message() {
        let mut message = payloads::message(9, CHANNEL_ID, payloads::bot_user());
        message["components"] = payloads::button_row("more");
        let mut payload =
            payloads::interaction(3, 6, "tok", &alice(), payloads::button_data("more"), 0);
        payload["message"] = message;
        let Interaction::Component(component) = parse(payload) else {
            panic!("not a component");
        };
        assert_eq!(component.data.custom_id, "more");
        assert_eq!(component.message.id.get(), 9);
        let ActionRowComponent::Button(button) = &component.message.components[0].components[0]
        else {
            panic!("not a button");
        };
        assert!(
            matches!(&button.data, ButtonKind::NonLink { custom_id, .. } if custom_id == "more")
        );
    }

    #[test]
    fn user_message_in_guild() {
        let mut message = payloads::message(9, CHANNEL_ID, payloads::test_user(&alice()));
        message["guild_id"] = json!(GUILD_ID.to_string());
        message["member"] = payloads::member(None, &[43], None);
        message["mentions"] = json!([payloads::bot_user()]);
        let message: Message = parse(message);
        assert!(message.mentions_user_id(standin::BOT_USER_ID));
        assert_eq!(message.member.unwrap().roles[0].get(), 43);
    }

    #[test]
    fn messages_the_bot_sent() {
        let embed = serde_json::to_value(CreateEmbed::new().title("t").field("a", "b", true));
        let body = json!({"content": "hi", "embeds": [embed.unwrap()], "flags": 64});
        let message: Message = parse(payloads::bot_message(9, CHANNEL_ID, &body));
        assert_eq!(message.content, "hi");
        assert_eq!(message.embeds[0].fields[0].name, "a");
        let message: Message = parse(payloads::webhook_message(10, CHANNEL_ID, &body));
        assert_eq!(message.webhook_id.unwrap().get(), standin::APP_ID);
    }

    #[test]
    fn channels() {
        let Channel::Guild(channel) = parse(payloads::text_channel()) else {
            panic!("not a guild channel");
        };
        assert_eq!(channel.guild_id.get(), GUILD_ID);
        let user = payloads::user(1002, "bob");
        let Channel::Private(channel) = parse(payloads::dm_channel(77, user)) else {
            panic!("not a DM channel");
        };
        assert_eq!(channel.recipient.id.get(), 1002);
    }

    #[test]
    fn application_info_and_current_user() {
        let info: CurrentApplicationInfo = parse(payloads::application_info());
        assert_eq!(info.owner.unwrap().id.get(), standin::OWNER_ID);
        let user: CurrentUser = parse(payloads::bot_user());
        assert_eq!(user.id.get(), standin::BOT_USER_ID);
    }

    #[test]
    fn registered_commands() {
        let sent = serde_json::to_value(CreateCommand::new("ask").description("Ask").add_option(
            CreateCommandOption::new(CommandOptionType::String, "q", "Question").required(true),
        ))
        .unwrap();
        let command: Command = parse(payloads::registered_command(&sent, 5, Some(GUILD_ID)));
        assert_eq!(command.id.get(), 5);
        assert_eq!(command.guild_id.map(GuildId::get), Some(GUILD_ID));
        assert!(command.options[0].required);
    }

    #[test]
    fn mentions_in_content() {
        assert_eq!(
            payloads::mentioned_ids("<@1> and <@!2>, <@1>, <@x>"),
            [1, 2]
        );
    }

    #[test]
    fn snowflakes_are_unique_and_recent() {
        let (a, b) = (payloads::snowflake(), payloads::snowflake());
        assert!(b > a);
        let created = serenity::all::MessageId::new(a).created_at();
        let age = serenity::all::Timestamp::now().unix_timestamp() - created.unix_timestamp();
        assert!((0..5).contains(&age));
    }
}

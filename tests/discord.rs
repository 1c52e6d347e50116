//! The real bot (`citebot run`: serenity, poise, our handlers) against a local
//! Discord stand-in on 127.0.0.1. Tests assert on what the bot sent to Discord.

mod standin;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};
use standin::{Options, Scope, StandIn, TestUser};

const WAIT: Duration = Duration::from_secs(20);
const MANAGE_MESSAGES: u64 = 1 << 13;
/// Discord's flag for an ephemeral message.
const EPHEMERAL: u64 = 1 << 6;

/// A running `citebot run` process, killed when dropped.
struct Bot {
    child: Child,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Bot {
    /// Starts `citebot run` against `standin`; `env` adds to or overrides the defaults.
    fn start(standin: &StandIn, env: &[(&str, &str)]) -> Bot {
        let dir = tempfile::tempdir().expect("temp dir");
        let log = dir.path().join("bot.log");
        let mut cmd = bot_command(dir.path(), &log);
        cmd.env("DISCORD_TOKEN", standin::TOKEN)
            .env("DISCORD_API_URL", standin.api_url());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().expect("start citebot run");
        Bot {
            child,
            log,
            _dir: dir,
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Stops the bot as a service manager would (SIGTERM) and waits for it.
    fn terminate(mut self) -> std::process::ExitStatus {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        for _ in 0..100 {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("the bot did not stop on SIGTERM; log:\n{}", self.log());
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn bot_command(data_dir: &Path, log: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_citebot"));
    cmd.arg("run")
        .current_dir(data_dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("CITEBOT_DATA_DIR", data_dir.join("data"))
        .env("CITEBOT_COOLDOWN_SECS", "0")
        .env("RUST_LOG", "citebot=debug,serenity=warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).expect("log file"));
    cmd
}

/// A stand-in and a bot connected to it, commands registered.
async fn connected(env: &[(&str, &str)]) -> (StandIn, Bot) {
    let standin = StandIn::start().await;
    let bot = Bot::start(&standin, env);
    standin.wait_ready(WAIT).await;
    standin.wait_commands(WAIT).await;
    (standin, bot)
}

fn alice() -> TestUser {
    TestUser::member(2_000_000_000_000_000_001, "alice", 0)
}

fn moderator() -> TestUser {
    TestUser::member(2_000_000_000_000_000_002, "mod", MANAGE_MESSAGES)
}

async fn ask(standin: &StandIn, user: &TestUser, question: &str) -> Value {
    let it = standin
        .slash(
            user,
            "ask",
            json!([{"name": "question", "type": 3, "value": question}]),
        )
        .await;
    standin.callback(&it, WAIT).await
}

async fn kb(standin: &StandIn, user: &TestUser, sub: &str, options: Value) -> Value {
    let it = standin
        .slash(
            user,
            "kb",
            json!([{"name": sub, "type": 1, "options": options}]),
        )
        .await;
    standin.callback(&it, WAIT).await
}

fn embed(callback: &Value) -> &Value {
    &callback["data"]["embeds"][0]
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_owned()
}

#[track_caller]
fn assert_mentions_none(payload: &Value) {
    assert_eq!(
        payload["allowed_mentions"]["parse"],
        json!([]),
        "{payload:#}"
    );
    for key in ["users", "roles"] {
        let list = &payload["allowed_mentions"][key];
        assert!(list.is_null() || list == &json!([]), "{payload:#}");
    }
    assert_ne!(
        payload["allowed_mentions"]["replied_user"],
        json!(true),
        "{payload:#}"
    );
}

/// Every custom id of the buttons in a message payload.
fn buttons(data: &Value) -> Vec<(String, String)> {
    data["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter(|c| c["type"] == 2)
        .map(|c| (text(&c["custom_id"]), text(&c["label"])))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registers_commands_globally_and_answers_ask_with_a_cited_embed() {
    let standin = StandIn::start().await;
    let _bot = Bot::start(&standin, &[]);
    standin.wait_ready(WAIT).await;
    let (scope, commands) = standin.wait_commands(WAIT).await;
    assert!(matches!(scope, Scope::Global));
    let names: Vec<String> = commands
        .as_array()
        .unwrap()
        .iter()
        .map(|c| text(&c["name"]))
        .collect();
    assert_eq!(names, ["ask", "topics", "source", "help", "kb"]);
    let kb_command = commands
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "kb")
        .unwrap();
    assert_eq!(
        kb_command["default_member_permissions"],
        json!(MANAGE_MESSAGES.to_string())
    );
    let ask_command = &commands[0];
    assert_eq!(ask_command["options"][0]["max_length"], 300);
    assert_eq!(ask_command["options"][0]["autocomplete"], true);

    let reply = ask(
        &standin,
        &alice(),
        "how many ppl got deported for drug offenses?",
    )
    .await;
    assert_eq!(reply["type"], 4, "{reply:#}");
    let e = embed(&reply);
    assert!(
        text(&e["description"]).contains("More than 260,000 immigrants"),
        "{e:#}"
    );
    assert_eq!(e["fields"][0]["name"], "Paragraph 1");
    assert_eq!(
        e["fields"][0]["value"],
        "> More than 260,000 immigrants were deported for drug offenses in a five-year period."
    );
    let footer = text(&e["footer"]["text"]);
    assert!(
        footer.contains("Esther Yu Hsi Lee")
            && footer.contains("Think Progress")
            && footer.contains("confidence"),
        "{footer}"
    );
    assert_mentions_none(&reply["data"]);
    assert_eq!(reply["data"]["flags"].as_u64().unwrap_or(0) & EPHEMERAL, 0);

    let private = standin
        .slash(&alice(), "ask", json!([{"name": "question", "type": 3, "value": "what is ICE"}, {"name": "private", "type": 5, "value": true}]))
        .await;
    let private = standin.callback(&private, WAIT).await;
    assert_eq!(
        private["data"]["flags"].as_u64().unwrap_or(0) & EPHEMERAL,
        EPHEMERAL,
        "{private:#}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registers_commands_in_the_configured_guild() {
    let standin = StandIn::start().await;
    let guild = standin::GUILD_ID.to_string();
    let _bot = Bot::start(&standin, &[("DISCORD_GUILD_ID", &guild)]);
    let (scope, _) = standin.wait_commands(WAIT).await;
    assert!(matches!(scope, Scope::Guild(id) if id == standin::GUILD_ID));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_suggests_ranked_questions_within_discord_limits() {
    let (standin, _bot) = connected(&[]).await;
    let it = standin
        .autocomplete(
            &alice(),
            "ask",
            json!([{"name": "question", "type": 3, "value": "next drug czar", "focused": true}]),
        )
        .await;
    let reply = standin.callback(&it, WAIT).await;
    assert_eq!(reply["type"], 8, "{reply:#}");
    let choices = reply["data"]["choices"].as_array().unwrap();
    assert!(!choices.is_empty() && choices.len() <= 25);
    assert_eq!(
        choices[0]["name"],
        "Who is likely to be the next drug czar?"
    );
    assert!(choices
        .iter()
        .all(|c| text(&c["name"]).chars().count() <= 100));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ambiguous_question_offers_buttons_and_a_click_answers_and_is_recorded() {
    let (standin, _bot) = connected(&[]).await;
    let question = "how do they get transferred from jail into detention";
    let reply = ask(&standin, &alice(), question).await;
    assert_eq!(text(&embed(&reply)["title"]), "Did you mean…", "{reply:#}");
    let offered = buttons(&reply["data"]);
    assert!(offered.len() >= 2 && offered.len() <= 5, "{offered:?}");
    assert!(offered
        .iter()
        .all(|(id, label)| id.len() <= 100 && label.chars().count() <= 80));
    let (custom_id, label) = offered
        .iter()
        .find(|(id, _)| id.ends_with(":deportation-pipeline"))
        .expect("the right entry offered");

    let click = standin.click(&alice(), custom_id).await;
    let answer = standin.callback(&click, WAIT).await;
    assert_eq!(answer["type"], 4);
    assert_eq!(text(&embed(&answer)["title"]), *label);
    assert!(text(&embed(&answer)["fields"][0]["value"]).contains("prison to deportation pipeline"));
    assert_mentions_none(&answer["data"]);

    let suggestions = kb(&standin, &moderator(), "suggestions", json!([])).await;
    let body = text(&embed(&suggestions)["description"]);
    assert!(
        body.contains("deportation-pipeline") && body.contains(&format!("[\"{question}\"]")),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn off_topic_question_is_declined_politely_with_nearest_topics() {
    let (standin, _bot) = connected(&[]).await;
    let reply = ask(
        &standin,
        &alice(),
        "What did Kelly say about the border wall?",
    )
    .await;
    let e = embed(&reply);
    assert_eq!(text(&e["title"]), "I can't answer that from the article");
    assert!(text(&e["description"]).contains("/topics"));
    assert!(
        !buttons(&reply["data"]).is_empty(),
        "nearest topics as buttons"
    );

    let far = ask(&standin, &alice(), "what is the capital of france").await;
    assert_eq!(
        text(&embed(&far)["title"]),
        "I can't answer that from the article"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mentions_in_a_channel_and_in_a_dm_get_a_reply() {
    let (standin, _bot) = connected(&[]).await;
    let user = alice();
    let id = standin
        .message(
            &user,
            &format!("{} who wrote this?", StandIn::bot_mention()),
        )
        .await;
    let reply = standin.channel_message(standin::CHANNEL_ID, WAIT).await;
    assert!(
        text(&reply["embeds"][0]["description"]).contains("Esther Yu Hsi Lee"),
        "{reply:#}"
    );
    assert_eq!(
        reply["message_reference"]["message_id"]
            .to_string()
            .trim_matches('"'),
        id.to_string()
    );
    assert_mentions_none(&reply);

    let dm = user.in_dm();
    standin.message(&dm, "what is TRAC?").await;
    let reply = standin.channel_message(dm.channel_id(), WAIT).await;
    assert!(
        text(&reply["embeds"][0]["description"])
            .contains("Transactional Records Access Clearinghouse"),
        "{reply:#}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn everyone_and_role_mentions_in_questions_ping_nobody() {
    let (standin, _bot) = connected(&[]).await;
    let reply = ask(
        &standin,
        &alice(),
        "@everyone <@&42> what's the weather **today**",
    )
    .await;
    assert_mentions_none(&reply["data"]);
    let description = text(&embed(&reply)["description"]);
    assert!(description.contains("@\u{200B}everyone"), "{description}");
    assert!(description.contains("\\*\\*today\\*\\*"), "{description}");
    assert!(!description.contains("<@&42>"), "{description}");

    standin
        .message(
            &alice(),
            &format!("{} @here what is ICE", StandIn::bot_mention()),
        )
        .await;
    let message = standin.channel_message(standin::CHANNEL_ID, WAIT).await;
    assert_mentions_none(&message);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kb_search_is_refused_without_permission_and_answered_for_moderators() {
    let (standin, _bot) = connected(&[]).await;
    let refused = kb(
        &standin,
        &alice(),
        "search",
        json!([{"name": "query", "type": 3, "value": "ice"}]),
    )
    .await;
    assert!(
        text(&refused["data"]["content"]).contains("Manage Messages"),
        "{refused:#}"
    );
    assert_eq!(
        refused["data"]["flags"].as_u64().unwrap_or(0) & EPHEMERAL,
        EPHEMERAL
    );

    let found = kb(
        &standin,
        &moderator(),
        "search",
        json!([{"name": "query", "type": 3, "value": "what is ice"}]),
    )
    .await;
    assert_eq!(text(&embed(&found)["title"]), "Knowledge-base search");
    assert!(
        text(&embed(&found)["description"]).contains("`what-is-ice`"),
        "{found:#}"
    );
    assert_eq!(
        found["data"]["flags"].as_u64().unwrap_or(0) & EPHEMERAL,
        EPHEMERAL
    );

    let shown = kb(
        &standin,
        &moderator(),
        "show",
        json!([{"name": "id", "type": 3, "value": "jeff-sessions"}]),
    )
    .await;
    let body = text(&embed(&shown)["description"]);
    assert!(
        body.contains("What does the Attorney General think about marijuana?"),
        "{shown:#}"
    );
    assert!(body.contains("**Said by:** sessions"), "{shown:#}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kb_reload_of_broken_knowledge_keeps_the_old_and_reports_errors() {
    let knowledge = tempfile::tempdir().unwrap();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    for name in ["article.json", "article.txt", "qa.json", "vocabulary.json"] {
        std::fs::copy(bundled.join(name), knowledge.path().join(name)).unwrap();
    }
    let dir = knowledge.path().to_str().unwrap().to_owned();
    let (standin, _bot) = connected(&[("CITEBOT_KNOWLEDGE", &dir)]).await;

    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/invalid/several-problems.json"),
        knowledge.path().join("qa.json"),
    )
    .unwrap();
    let refused = kb(&standin, &moderator(), "reload", json!([])).await;
    let e = embed(&refused);
    assert_eq!(text(&e["title"]), "Reload refused");
    let body = text(&e["description"]);
    assert!(
        body.contains("3 problem(s)")
            && body.contains("qa.json")
            && body.contains("answer is empty"),
        "{body}"
    );

    let still = ask(
        &standin,
        &alice(),
        "how many people were deported for drug offenses?",
    )
    .await;
    assert!(
        text(&embed(&still)["description"]).contains("260,000"),
        "old knowledge still live: {still:#}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_gateway_drops_the_bot_resumes_and_still_answers() {
    let (standin, _bot) = connected(&[]).await;
    standin.drop_gateway(4000).await;
    standin.wait_resumed(WAIT).await;
    let reply = ask(&standin, &alice(), "who is jeff sessions").await;
    assert!(
        text(&embed(&reply)["description"]).contains("Attorney General"),
        "{reply:#}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_failures_on_an_answer_are_hidden_from_users_and_the_bot_goes_on() {
    let (standin, bot) = connected(&[]).await;
    standin.fail_next("POST", "/callback", 500, "<html>upstream exploded</html>");
    let first = ask(&standin, &alice(), "what is ICE").await;
    // The answer failed; what the user sees instead is a short apology, not internals.
    let shown = first.to_string();
    assert!(
        text(&first["data"]["content"]).starts_with("Sorry, something went wrong"),
        "{first:#}"
    );
    for internal in ["500", "html", "decode", "error"] {
        assert!(
            !shown.to_lowercase().contains(internal),
            "{internal} leaked: {shown}"
        );
    }
    standin.rate_limit_next("POST", "/callback", 0.5);
    let _ = ask(&standin, &alice(), "what is TRAC").await;
    let next = ask(&standin, &alice(), "who wrote this?").await;
    assert!(
        text(&embed(&next)["description"]).contains("Esther Yu Hsi Lee"),
        "{next:#}"
    );
    assert!(
        bot.log().contains("command failed"),
        "failure logged:\n{}",
        bot.log()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_question_inside_the_cooldown_gets_an_ephemeral_notice() {
    let (standin, _bot) = connected(&[("CITEBOT_COOLDOWN_SECS", "60")]).await;
    let first = ask(&standin, &alice(), "what is ICE").await;
    assert!(embed(&first)["description"].is_string());
    let second = ask(&standin, &alice(), "what is TRAC").await;
    assert!(
        text(&second["data"]["content"]).starts_with("Slow down"),
        "{second:#}"
    );
    assert_eq!(
        second["data"]["flags"].as_u64().unwrap_or(0) & EPHEMERAL,
        EPHEMERAL
    );
    let other_user = ask(&standin, &moderator(), "what is TRAC").await;
    assert!(
        embed(&other_user)["description"].is_string(),
        "cooldowns are per user"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn topics_source_and_help_respect_discord_limits() {
    let (standin, _bot) = connected(&[]).await;
    let topics = standin.slash(&alice(), "topics", json!([])).await;
    let topics = standin.callback(&topics, WAIT).await;
    let rows = topics["data"]["components"].as_array().unwrap();
    let menu = &rows[0]["components"][0];
    assert_eq!(menu["type"], 3);
    assert!(menu["options"].as_array().unwrap().len() <= 25);
    let next = buttons(&topics["data"])
        .into_iter()
        .find(|(_, l)| l.contains("Next"))
        .expect("a next page");
    let page2 = standin.click(&alice(), &next.0).await;
    let page2 = standin.callback(&page2, WAIT).await;
    assert_eq!(page2["type"], 7, "pages update the message in place");
    assert!(text(&page2["data"]["embeds"][0]["footer"]["text"]).starts_with("Page 2"));

    let source = standin.slash(&alice(), "source", json!([])).await;
    let source = standin.callback(&source, WAIT).await;
    let e = embed(&source);
    assert!(
        text(&e["description"]).contains("Esther Yu Hsi Lee")
            && text(&e["description"]).contains("Reprinted with permission")
    );
    assert!(text(&e["fields"][0]["value"]).contains("facts"));

    let help = standin.slash(&alice(), "help", json!([])).await;
    let help = standin.callback(&help, WAIT).await;
    assert!(text(&embed(&help)["description"]).contains("/ask"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderator_data_survives_a_restart_and_damaged_records_are_skipped() {
    let shared = tempfile::tempdir().unwrap();
    let data = shared.path().join("data");
    let data = data.to_str().unwrap();

    let standin = StandIn::start().await;
    let bot = Bot::start(&standin, &[("CITEBOT_DATA_DIR", data)]);
    standin.wait_ready(WAIT).await;
    standin.wait_commands(WAIT).await;
    ask(
        &standin,
        &alice(),
        "what did kelly say about the border wall?",
    )
    .await;
    ask(
        &standin,
        &alice(),
        "how many people were deported for drug offenses?",
    )
    .await;
    let status = bot.terminate();
    assert!(status.success(), "clean exit on SIGTERM: {status:?}");
    drop(standin);

    let journal = shared.path().join("data/events.jsonl");
    let mut lines = std::fs::read_to_string(&journal).unwrap();
    assert_eq!(lines.lines().count(), 2, "{lines}");
    lines.push_str(
        "{\"kind\": \"asked\", \"truncated
",
    );
    std::fs::write(&journal, lines).unwrap();

    let standin = StandIn::start().await;
    let bot = Bot::start(&standin, &[("CITEBOT_DATA_DIR", data)]);
    standin.wait_ready(WAIT).await;
    standin.wait_commands(WAIT).await;
    let stats = kb(&standin, &moderator(), "stats", json!([])).await;
    let body = text(&embed(&stats)["description"]);
    assert!(
        body.contains("**2** questions") && body.contains("declined 1"),
        "{body}"
    );
    assert!(body.contains("`drug-deportations`"), "{body}");
    let unanswered = kb(&standin, &moderator(), "unanswered", json!([])).await;
    assert!(
        text(&embed(&unanswered)["description"])
            .contains("what did kelly say about the border wall?"),
        "{unanswered:#}"
    );
    assert!(
        bot.log().contains("skipped damaged records"),
        "{}",
        bot.log()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_token_gives_one_clear_line_and_exit_code_1() {
    let standin = StandIn::start_with(Options {
        reject_token: true,
        ..Default::default()
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("bot.log");
    let status = bot_command(dir.path(), &log)
        .env("DISCORD_TOKEN", standin::TOKEN)
        .env("DISCORD_API_URL", standin.api_url())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    let stderr = std::fs::read_to_string(&log).unwrap();
    let last = stderr.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("citebot: Discord rejected DISCORD_TOKEN (401 Unauthorized)"),
        "{stderr}"
    );
    assert!(
        !stderr.contains(standin::TOKEN),
        "the token leaked: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_token_or_unreachable_api_gives_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("bot.log");
    let status = bot_command(dir.path(), &log).status().unwrap();
    assert_eq!(status.code(), Some(1));
    let stderr = std::fs::read_to_string(&log).unwrap();
    assert!(
        stderr
            .trim()
            .starts_with("citebot: DISCORD_TOKEN is not set"),
        "{stderr}"
    );

    let status = bot_command(dir.path(), &log)
        .env("DISCORD_TOKEN", "some.secret.token")
        .env("DISCORD_API_URL", "http://127.0.0.1:9")
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    let stderr = std::fs::read_to_string(&log).unwrap();
    assert!(
        stderr.contains("citebot: cannot reach the Discord API at http://127.0.0.1:9"),
        "{stderr}"
    );
    assert!(!stderr.contains("some.secret.token"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unwritable_data_directory_is_reported_and_the_bot_still_answers() {
    let standin = StandIn::start().await;
    let dir = tempfile::tempdir().unwrap();
    // A file where the data directory should be: it cannot be created.
    let blocker = dir.path().join("blocked");
    std::fs::write(&blocker, b"").unwrap();
    let data_dir = blocker.join("data");
    let bot = Bot::start(
        &standin,
        &[("CITEBOT_DATA_DIR", data_dir.to_str().unwrap())],
    );
    standin.wait_ready(WAIT).await;
    standin.wait_commands(WAIT).await;
    let reply = ask(&standin, &alice(), "what is ICE").await;
    assert!(text(&embed(&reply)["description"]).contains("Immigration and Customs Enforcement"));
    assert!(
        bot.log().contains("cannot write the data directory"),
        "{}",
        bot.log()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prefix_commands_work_only_with_the_message_content_intent() {
    let (standin, _bot) = connected(&[("CITEBOT_MESSAGE_CONTENT", "true")]).await;
    let identify = standin.wait_ready(WAIT).await;
    assert_ne!(identify.intents & (1 << 15), 0, "MESSAGE_CONTENT requested");
    standin.message(&alice(), "!ask what is TRAC?").await;
    let reply = standin.channel_message(standin::CHANNEL_ID, WAIT).await;
    assert!(
        text(&reply["embeds"][0]["description"])
            .contains("Transactional Records Access Clearinghouse"),
        "{reply:#}"
    );
    assert_mentions_none(&reply);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_message_content_only_unprivileged_intents_are_requested() {
    let standin = StandIn::start().await;
    let _bot = Bot::start(&standin, &[]);
    let identify = standin.wait_ready(WAIT).await;
    let privileged = (1 << 1) | (1 << 8) | (1 << 15); // GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT
    assert_eq!(
        identify.intents & privileged,
        0,
        "intents {:#b}",
        identify.intents
    );
}

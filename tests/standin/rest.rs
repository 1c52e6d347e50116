//! The REST half: records every request, applies injected faults, and answers like Discord.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract;
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use super::payloads::{self, LOADING_FLAG};
use super::{Fault, Recorded, Scope, Shared, State, TestUser, APP_ID, CHANNEL_ID};

/// A response, kept as data so its status can be recorded before it is sent.
enum Reply {
    Json(u16, Value),
    NoContent,
    Fault(Fault),
}

impl Reply {
    fn status(&self) -> u16 {
        match self {
            Reply::Json(status, _) => *status,
            Reply::NoContent => 204,
            Reply::Fault(fault) => fault.status,
        }
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status()).unwrap_or(StatusCode::IM_A_TEAPOT);
        match self {
            Reply::Json(_, body) => (status, axum::Json(body)).into_response(),
            Reply::NoContent => status.into_response(),
            Reply::Fault(fault) => {
                let json = serde_json::from_str::<Value>(&fault.body).ok();
                let content_type = if json.is_some() {
                    "application/json"
                } else {
                    "text/plain"
                };
                let mut response =
                    (status, [(header::CONTENT_TYPE, content_type)], fault.body).into_response();
                if fault.status == 429 {
                    let retry_after = json
                        .as_ref()
                        .and_then(|body| body["retry_after"].as_f64())
                        .unwrap_or(1.0);
                    let headers = response.headers_mut();
                    // Retry-After is whole seconds; the precise value is in the body and in
                    // Discord's own header.
                    headers.insert("retry-after", (retry_after.ceil() as u64).into());
                    headers.insert(
                        "x-ratelimit-reset-after",
                        retry_after
                            .to_string()
                            .parse()
                            .expect("a number is a header"),
                    );
                    headers.insert("x-ratelimit-remaining", 0.into());
                    headers.insert("x-ratelimit-scope", "user".parse().expect("ascii"));
                }
                response
            }
        }
    }
}

fn error(status: u16, code: u64, message: &str) -> Reply {
    Reply::Json(status, json!({"message": message, "code": code}))
}

fn unknown() -> Reply {
    error(404, 0, "Unknown")
}

fn unknown_message() -> Reply {
    error(404, 10008, "Unknown Message")
}

/// The path below `/api/v10/`, split on `/`.
pub(super) fn segments(path: &str) -> Vec<&str> {
    path.strip_prefix("/api/v10/")
        .map_or_else(Vec::new, |rest| rest.split('/').collect())
}

pub(super) async fn handle(
    extract::State(shared): extract::State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_owned();
    let (body, files) = parse_body(&headers, &body);
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    // GET /gateway needs no token on Discord either; answering it even for a rejected token
    // keeps serenity from falling back to the real gateway URL.
    let needs_token = path != "/api/v10/gateway";

    let reply = shared.update(|state| {
        let reply = if let Some(fault) = state.take_fault(method.as_str(), &path) {
            Reply::Fault(fault)
        } else if needs_token && !shared.accepts(authorization) {
            error(401, 0, "401: Unauthorized")
        } else {
            route(&shared, state, method.as_str(), &path, &body)
        };
        state.requests.push(Recorded {
            method: method.to_string(),
            path: path.clone(),
            query: uri.query().map(str::to_owned),
            headers: headers
                .iter()
                .map(|(name, value)| {
                    let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                    (name.as_str().to_owned(), value)
                })
                .collect(),
            body,
            files,
            status: reply.status(),
        });
        reply
    });
    reply.into_response()
}

fn route(shared: &Shared, state: &mut State, method: &str, path: &str, body: &Value) -> Reply {
    let app_id = APP_ID.to_string();
    let app = app_id.as_str();
    match (method, segments(path).as_slice()) {
        ("GET", ["gateway"]) => Reply::Json(200, json!({"url": shared.gateway_url()})),
        ("GET", ["gateway", "bot"]) => Reply::Json(
            200,
            json!({
                "url": shared.gateway_url(),
                "shards": 1,
                "session_start_limit":
                    {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
            }),
        ),
        ("GET", ["oauth2", "applications", "@me"] | ["applications", "@me"]) => {
            Reply::Json(200, payloads::application_info())
        }
        ("GET", ["users", "@me"]) => Reply::Json(200, payloads::bot_user()),
        ("POST", ["users", "@me", "channels"]) => open_dm(state, body),

        ("PUT", ["applications", a, "commands"]) if *a == app => {
            register(state, Scope::Global, body)
        }
        ("PUT", ["applications", a, "guilds", guild, "commands"]) if *a == app => {
            match guild.parse() {
                Ok(guild) => register(state, Scope::Guild(guild), body),
                Err(_) => unknown(),
            }
        }
        ("GET", ["applications", a, "commands"]) if *a == app => registered(state, Scope::Global),
        ("GET", ["applications", a, "guilds", guild, "commands"]) if *a == app => {
            match guild.parse() {
                Ok(guild) => registered(state, Scope::Guild(guild)),
                Err(_) => unknown(),
            }
        }

        ("POST", ["interactions", id, token, "callback"]) => match id.parse() {
            Ok(id) => interaction_callback(state, id, token, body),
            Err(_) => unknown(),
        },
        (_, ["webhooks", a, token, rest @ ..]) if *a == app => {
            webhook(state, method, token, rest, body)
        }

        ("GET", ["channels", id]) => match id.parse() {
            Ok(id) => channel(state, id).map_or_else(
                || error(404, 10003, "Unknown Channel"),
                |channel| Reply::Json(200, channel),
            ),
            Err(_) => unknown(),
        },
        ("POST", ["channels", id, "messages"]) => match id.parse() {
            Ok(id) if channel(state, id).is_some() => {
                let message = payloads::bot_message(payloads::snowflake(), id, body);
                state.messages.push(message.clone());
                Reply::Json(200, message)
            }
            _ => error(404, 10003, "Unknown Channel"),
        },
        ("GET" | "PATCH" | "DELETE", ["channels", _, "messages", id]) => match id.parse() {
            Ok(id) => message_request(state, method, id, body),
            Err(_) => unknown_message(),
        },
        ("POST", ["channels", _, "typing"]) => Reply::NoContent,
        ("PUT" | "DELETE", ["channels", _, "messages", _, "reactions", ..]) => Reply::NoContent,

        _ => unknown(),
    }
}

/// A channel the bot can see: the guild's text channel, or a DM with a known user.
fn channel(state: &State, id: u64) -> Option<Value> {
    if id == CHANNEL_ID {
        return Some(payloads::text_channel());
    }
    let recipient = state.dm_recipients.get(&id)?;
    Some(payloads::dm_channel(id, recipient.clone()))
}

/// `POST /users/@me/channels` with `{"recipient_id": ...}`: opens (or finds) the DM.
fn open_dm(state: &mut State, body: &Value) -> Reply {
    let recipient_id = match &body["recipient_id"] {
        Value::String(id) => id.parse().ok(),
        other => other.as_u64(),
    };
    let Some(recipient_id) = recipient_id else {
        return error(400, 50035, "Invalid Form Body");
    };
    let user = TestUser::dm(recipient_id, &format!("user{recipient_id}"));
    let channel_id = user.channel_id();
    let recipient = state
        .dm_recipients
        .entry(channel_id)
        .or_insert_with(|| payloads::test_user(&user))
        .clone();
    Reply::Json(200, payloads::dm_channel(channel_id, recipient))
}

/// A bulk overwrite: answers with the commands as Discord stores them.
fn register(state: &mut State, scope: Scope, body: &Value) -> Reply {
    let Some(sent) = body.as_array() else {
        return error(400, 50035, "Invalid Form Body");
    };
    let guild_id = match scope {
        Scope::Guild(id) => Some(id),
        Scope::Global => None,
    };
    let mut commands = Vec::new();
    for command in sent {
        let Some(name) = command["name"].as_str() else {
            return error(400, 50035, "Invalid Form Body");
        };
        let id = *state
            .command_ids
            .entry((scope, name.to_owned()))
            .or_insert_with(payloads::snowflake);
        commands.push(payloads::registered_command(command, id, guild_id));
    }
    let commands = Value::Array(commands);
    state.registered.insert(scope, commands.clone());
    Reply::Json(200, commands)
}

fn registered(state: &State, scope: Scope) -> Reply {
    let commands = state.registered.get(&scope).cloned();
    Reply::Json(200, commands.unwrap_or_else(|| json!([])))
}

/// `POST /interactions/{id}/{token}/callback`: one per interaction, as on Discord.
fn interaction_callback(state: &mut State, id: u64, token: &str, body: &Value) -> Reply {
    let Some(info) = state
        .interactions
        .get_mut(&id)
        .filter(|info| info.token == token)
    else {
        return error(404, 10062, "Unknown interaction");
    };
    if info.acknowledged {
        return error(400, 40060, "Interaction has already been acknowledged.");
    }
    info.acknowledged = true;
    let (channel_id, clicked) = (info.channel_id, info.message_id);

    let data = body.get("data").cloned().unwrap_or_else(|| json!({}));
    match body["type"].as_u64() {
        // CHANNEL_MESSAGE_WITH_SOURCE: the response becomes the original message.
        Some(4) => {
            let message = payloads::webhook_message(payloads::snowflake(), channel_id, &data);
            remember_original(state, token, message);
        }
        // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: a "thinking..." message until edited.
        Some(5) => {
            let mut message = payloads::webhook_message(payloads::snowflake(), channel_id, &data);
            let flags = data["flags"].as_u64().unwrap_or(0);
            message["flags"] = json!(flags | LOADING_FLAG);
            remember_original(state, token, message);
        }
        // UPDATE_MESSAGE: edits the message the component is on.
        Some(7) => {
            if let Some(message) = clicked.and_then(|id| state.message_mut(id)) {
                payloads::apply_edit(message, &data);
                message["edited_timestamp"] = json!(payloads::now());
            }
        }
        _ => {}
    }
    Reply::NoContent
}

fn remember_original(state: &mut State, token: &str, message: Value) {
    let id = super::message_id(&message).expect("messages have ids");
    state.originals.insert(token.to_owned(), id);
    state.messages.push(message);
}

/// `/webhooks/{app}/{token}[/messages/{id|@original}]`.
fn webhook(state: &mut State, method: &str, token: &str, rest: &[&str], body: &Value) -> Reply {
    let Some(info) = state.interactions.values().find(|info| info.token == token) else {
        return error(404, 10015, "Unknown Webhook");
    };
    let (acknowledged, channel_id) = (info.acknowledged, info.channel_id);
    match (method, rest) {
        // A followup needs an initial response first.
        ("POST", []) if acknowledged => {
            let message = payloads::webhook_message(payloads::snowflake(), channel_id, body);
            state.messages.push(message.clone());
            Reply::Json(200, message)
        }
        ("POST", []) => error(404, 10015, "Unknown Webhook"),
        (_, ["messages", "@original"]) => match state.originals.get(token) {
            Some(&id) => message_request(state, method, id, body),
            None => unknown_message(),
        },
        (_, ["messages", id]) => match id.parse() {
            Ok(id) => message_request(state, method, id, body),
            Err(_) => unknown_message(),
        },
        _ => unknown(),
    }
}

/// GET, PATCH or DELETE of a stored message.
fn message_request(state: &mut State, method: &str, id: u64, body: &Value) -> Reply {
    let Some(message) = state.message_mut(id) else {
        return unknown_message();
    };
    match method {
        "GET" => Reply::Json(200, message.clone()),
        "PATCH" => {
            payloads::apply_edit(message, body);
            message["edited_timestamp"] = json!(payloads::now());
            let flags = message["flags"].as_u64().unwrap_or(0);
            message["flags"] = json!(flags & !LOADING_FLAG);
            Reply::Json(200, message.clone())
        }
        "DELETE" => {
            state
                .messages
                .retain(|message| super::message_id(message) != Some(id));
            Reply::NoContent
        }
        _ => unknown(),
    }
}

/// The JSON body and attachment file names. serenity sends `multipart/form-data` with a
/// `payload_json` part when there are files, plain JSON otherwise.
fn parse_body(headers: &HeaderMap, body: &[u8]) -> (Value, Vec<String>) {
    if body.is_empty() {
        return (Value::Null, Vec::new());
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    if content_type.starts_with("multipart/form-data") {
        if let Some(parsed) = parse_multipart(content_type, body) {
            return parsed;
        }
    }
    match serde_json::from_slice(body) {
        Ok(json) => (json, Vec::new()),
        Err(_) => (
            Value::String(String::from_utf8_lossy(body).into_owned()),
            Vec::new(),
        ),
    }
}

fn parse_multipart(content_type: &str, body: &[u8]) -> Option<(Value, Vec<String>)> {
    let boundary = content_type
        .split(';')
        .find_map(|param| param.trim().strip_prefix("boundary="))?
        .trim_matches('"');
    // Files may not be UTF-8, but only the part headers and the JSON part are read.
    let text = String::from_utf8_lossy(body);
    let mut payload = Value::Null;
    let mut files = Vec::new();
    for part in text.split(&format!("--{boundary}")) {
        let Some((head, content)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let content = content.strip_suffix("\r\n").unwrap_or(content);
        if let Some(file_name) = quoted_param(head, "filename") {
            files.push(file_name.to_owned());
        } else if quoted_param(head, "name") == Some("payload_json") {
            payload = serde_json::from_str(content).ok()?;
        }
    }
    Some((payload, files))
}

/// `value` in `key="value"` within a part's headers.
fn quoted_param<'a>(head: &'a str, key: &str) -> Option<&'a str> {
    let pattern = format!(" {key}=\"");
    let start = head.find(&pattern)? + pattern.len();
    let length = head[start..].find('"')?;
    Some(&head[start..start + length])
}

//! The gateway half: one task per websocket connection.
//!
//! Dispatches do not come from here but from [`State::dispatch`], which writes them to the
//! current connection's queue (or only to the session log while the bot is disconnected).
//! Everything that touches the session happens under the state lock, so a replay on RESUME
//! cannot interleave with a new dispatch.

use std::sync::Arc;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::State as Extract;
use axum::response::Response;
use serde_json::{json, Value};
use tokio::sync::mpsc;

use super::payloads;
use super::{Connection, Identify, Outgoing, Session, Shared, State, INTENT_GUILDS};

/// Close code for a rejected token; serenity then gives up instead of reconnecting.
const AUTHENTICATION_FAILED: u16 = 4004;
const DECODE_ERROR: u16 = 4002;

pub(super) async fn upgrade(
    ws: WebSocketUpgrade,
    Extract(shared): Extract<Arc<Shared>>,
) -> Response {
    ws.on_upgrade(move |socket| serve(socket, shared))
}

async fn serve(mut socket: WebSocket, shared: Arc<Shared>) {
    let (sender, mut outgoing) = mpsc::unbounded_channel();
    let connection = shared.update(|state| {
        state.connections_opened += 1;
        Connection {
            id: state.connections_opened,
            sender,
        }
    });

    let interval = shared.options.heartbeat_interval.as_millis() as u64;
    let hello = json!({"op": 10, "d": {"heartbeat_interval": interval}, "s": null, "t": null});
    if socket.send(Message::Text(hello.to_string())).await.is_err() {
        return;
    }

    loop {
        tokio::select! {
            incoming = socket.recv() => match incoming {
                Some(Ok(Message::Text(text))) => {
                    shared.update(|state| on_frame(&shared, state, &connection, &text));
                }
                Some(Ok(Message::Binary(_) | Message::Ping(_) | Message::Pong(_))) => {}
                Some(Ok(Message::Close(_)) | Err(_)) | None => break,
            },
            frame = outgoing.recv() => match frame {
                Some(Outgoing::Frame(text)) => {
                    if socket.send(Message::Text(text)).await.is_err() {
                        break;
                    }
                }
                Some(Outgoing::Close(code)) => {
                    let reason = "closed by the stand-in".into();
                    let _ = socket.send(Message::Close(Some(CloseFrame { code, reason }))).await;
                    break;
                }
                // This task holds a sender, so the queue never closes.
                None => break,
            },
        }
    }

    shared.update(|state| {
        if state.connection.as_ref().map(|c| c.id) == Some(connection.id) {
            state.connection = None;
        }
    });
}

fn on_frame(shared: &Shared, state: &mut State, connection: &Connection, text: &str) {
    let Ok(frame) = serde_json::from_str::<Value>(text) else {
        connection.send(Outgoing::Close(DECODE_ERROR));
        return;
    };
    state.client_frames.push(frame.clone());
    let data = &frame["d"];
    match frame["op"].as_u64() {
        Some(1) => {
            state.heartbeats += 1;
            connection.send(Outgoing::Frame(json!({"op": 11, "d": null}).to_string()));
        }
        Some(2) => identify(shared, state, connection, data),
        Some(6) => resume(shared, state, connection, data),
        // Presence updates, member requests and voice are only recorded.
        _ => {}
    }
}

fn identify(shared: &Shared, state: &mut State, connection: &Connection, data: &Value) {
    let token = data["token"].as_str().unwrap_or_default().to_owned();
    let intents = data["intents"].as_u64().unwrap_or(0);
    let accepted = shared.accepts(&token);
    state.identifies.push(Identify {
        token,
        intents,
        payload: data.clone(),
    });
    if !accepted {
        connection.send(Outgoing::Close(AUTHENTICATION_FAILED));
        return;
    }

    let session_id = format!("standin-session-{}", payloads::snowflake());
    let ready = payloads::ready(&session_id, &shared.gateway_url(), data.get("shard"));
    state.session = Some(Session {
        id: session_id,
        seq: 0,
        log: Vec::new(),
    });
    state.connection = Some(connection.clone());
    state.dispatch("READY", ready);
    if intents & INTENT_GUILDS != 0 {
        let guild = payloads::guild(state.bot_role_id, shared.options.bot_permissions);
        state.dispatch("GUILD_CREATE", guild);
    }
}

/// Replays the dispatches after the client's `seq`, then RESUMED. An unknown session gets
/// INVALID_SESSION (not resumable), after which serenity identifies afresh.
fn resume(shared: &Shared, state: &mut State, connection: &Connection, data: &Value) {
    if !shared.accepts(data["token"].as_str().unwrap_or_default()) {
        connection.send(Outgoing::Close(AUTHENTICATION_FAILED));
        return;
    }
    let Some(session) = state
        .session
        .as_ref()
        .filter(|session| data["session_id"].as_str() == Some(session.id.as_str()))
    else {
        connection.send(Outgoing::Frame(json!({"op": 9, "d": false}).to_string()));
        return;
    };
    let after = data["seq"].as_u64().unwrap_or(0);
    for (_, frame) in session.log.iter().filter(|(seq, _)| *seq > after) {
        connection.send(Outgoing::Frame(frame.clone()));
    }
    state.connection = Some(connection.clone());
    state.dispatch("RESUMED", json!({}));
    state.resumes += 1;
}

//! Discord-shaped JSON payloads.
//!
//! Every builder here mirrors what Discord sends and is checked against serenity's model types
//! (see `tests/standin_smoke.rs` and [`check_dispatch`]): serenity silently turns a dispatch it
//! cannot deserialize into an unknown event, so a missing field would otherwise show up only as
//! a test that waits forever. Ids are sent as strings and permissions as decimal strings, as
//! Discord does.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use serenity::model::event::{Event, GatewayEvent};

use super::{TestUser, APP_ID, BOT_NAME, BOT_USER_ID, CHANNEL_ID, GUILD_ID, OWNER_ID};

/// Discord's epoch (2015-01-01) in Unix milliseconds.
const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;

/// Any fixed past instant works for `joined_at`; a constant keeps payloads reproducible.
const JOINED_AT: &str = "2024-01-01T00:00:00.000000+00:00";

/// What Discord reports for a server without boosts (25 MiB).
const ATTACHMENT_SIZE_LIMIT: u64 = 26_214_400;

/// Message flag Discord sets on a deferred response until it is edited.
pub const LOADING_FLAG: u64 = 1 << 7;

/// A fresh, unique, increasing snowflake whose timestamp is "now", so that
/// `id.created_at()` (used by poise's edit tracking) gives sensible answers.
pub fn snowflake() -> u64 {
    static LAST: AtomicU64 = AtomicU64::new(0);
    let since_epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock before 1970")
        .as_millis() as u64
        - DISCORD_EPOCH_MS;
    let candidate = since_epoch << 22;
    let previous = LAST
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |last| {
            Some(candidate.max(last + 1))
        })
        .expect("closure always returns Some");
    candidate.max(previous + 1)
}

pub fn now() -> String {
    serenity::model::Timestamp::now().to_string()
}

pub fn user(id: u64, name: &str) -> Value {
    json!({
        "id": id.to_string(),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": null,
        "bot": false,
        "public_flags": 0,
    })
}

pub fn test_user(user: &TestUser) -> Value {
    self::user(user.id, &user.name)
}

/// The bot's own user, as in READY and `GET /users/@me`.
pub fn bot_user() -> Value {
    json!({
        "id": BOT_USER_ID.to_string(),
        "username": BOT_NAME,
        "discriminator": "0",
        "global_name": null,
        "avatar": null,
        "bot": true,
        "verified": true,
        "mfa_enabled": false,
        "email": null,
        "flags": 0,
        "public_flags": 0,
    })
}

/// A guild member. Interactions carry the user and the member's computed permissions in the
/// channel; MESSAGE_CREATE carries neither (`user: None`, `permissions: None`).
pub fn member(user: Option<Value>, roles: &[u64], permissions: Option<u64>) -> Value {
    let mut member = json!({
        "roles": roles.iter().map(u64::to_string).collect::<Vec<_>>(),
        "nick": null,
        "avatar": null,
        "banner": null,
        "joined_at": JOINED_AT,
        "premium_since": null,
        "deaf": false,
        "mute": false,
        "flags": 0,
        "pending": false,
        "communication_disabled_until": null,
    });
    if let Some(user) = user {
        member["user"] = user;
    }
    if let Some(permissions) = permissions {
        member["permissions"] = json!(permissions.to_string());
    }
    member
}

pub fn role(id: u64, name: &str, permissions: u64, position: u16) -> Value {
    json!({
        "id": id.to_string(),
        "name": name,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": null, "tertiary_color": null},
        "hoist": false,
        "icon": null,
        "unicode_emoji": null,
        "position": position,
        "permissions": permissions.to_string(),
        "managed": false,
        "mentionable": false,
        "flags": 0,
    })
}

pub fn text_channel() -> Value {
    json!({
        "id": CHANNEL_ID.to_string(),
        "type": 0,
        "guild_id": GUILD_ID.to_string(),
        "name": "general",
        "position": 0,
        "permission_overwrites": [],
        "topic": null,
        "nsfw": false,
        "last_message_id": null,
        "rate_limit_per_user": 0,
        "parent_id": null,
        "flags": 0,
    })
}

pub fn dm_channel(channel_id: u64, recipient: Value) -> Value {
    json!({
        "id": channel_id.to_string(),
        "type": 1,
        "last_message_id": null,
        "recipients": [recipient],
        "flags": 0,
    })
}

pub fn ready(session_id: &str, resume_url: &str, shard: Option<&Value>) -> Value {
    let mut ready = json!({
        "v": 10,
        "user": bot_user(),
        "guilds": [{"id": GUILD_ID.to_string(), "unavailable": true}],
        "session_id": session_id,
        "resume_gateway_url": resume_url,
        "application": {"id": APP_ID.to_string(), "flags": 0},
        "private_channels": [],
        "relationships": [],
        "presences": [],
    });
    if let Some(shard) = shard {
        ready["shard"] = shard.clone();
    }
    ready
}

/// The test guild: an `@everyone` role without permissions (so a [`TestUser`]'s permissions
/// alone decide what it may do), a role holding the bot's permissions, one text channel, and
/// the bot as its only member. Owned by [`OWNER_ID`], never by the bot, so that permission
/// checks are not short-circuited by ownership.
pub fn guild(bot_role_id: u64, bot_permissions: u64) -> Value {
    let mut guild = json!({
        "id": GUILD_ID.to_string(),
        "name": "Stand-in Guild",
        "icon": null,
        "icon_hash": null,
        "splash": null,
        "discovery_splash": null,
        "owner_id": OWNER_ID.to_string(),
        "afk_channel_id": null,
        "afk_timeout": 300,
        "widget_enabled": false,
        "widget_channel_id": null,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": [
            role(GUILD_ID, "@everyone", 0, 0),
            role(bot_role_id, BOT_NAME, bot_permissions, 1),
        ],
        "emojis": [],
        "features": [],
        "mfa_level": 0,
        "application_id": null,
        "system_channel_id": null,
        "system_channel_flags": 0,
        "rules_channel_id": null,
        "max_presences": null,
        "max_members": 500_000,
        "vanity_url_code": null,
        "description": null,
        "banner": null,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": null,
        "max_video_channel_users": 25,
        "max_stage_video_channel_users": 50,
        "nsfw_level": 0,
        "stickers": [],
        "premium_progress_bar_enabled": false,
        "safety_alerts_channel_id": null,
        "incidents_data": null,
    });
    // Two literals: one would exceed `json!`'s macro recursion limit.
    let gateway_only = json!({
        "joined_at": JOINED_AT,
        "large": false,
        "unavailable": false,
        "member_count": 2,
        "voice_states": [],
        "members": [member(Some(bot_user()), &[bot_role_id], None)],
        "channels": [text_channel()],
        "threads": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    });
    let fields = guild.as_object_mut().expect("an object");
    fields.extend(gateway_only.as_object().expect("an object").clone());
    guild
}

/// `GET /oauth2/applications/@me`; poise reads `owner` to fill its owners list.
pub fn application_info() -> Value {
    json!({
        "id": APP_ID.to_string(),
        "name": BOT_NAME,
        "icon": null,
        "description": "",
        "rpc_origins": [],
        "bot_public": true,
        "bot_require_code_grant": false,
        "bot": bot_user(),
        "owner": user(OWNER_ID, "owner"),
        "team": null,
        "verify_key": "0".repeat(64),
        "flags": 0,
        "tags": [],
        "redirect_uris": [],
        "interactions_endpoint_url": null,
        "role_connections_verification_url": null,
        "approximate_guild_count": 1,
        "approximate_user_install_count": 0,
        "integration_types_config": {"0": {}},
    })
}

/// One command of a bulk-overwrite answer: what the bot sent plus the fields Discord adds.
pub fn registered_command(sent: &Value, id: u64, guild_id: Option<u64>) -> Value {
    let mut command = sent.clone();
    let fields = command
        .as_object_mut()
        .expect("each registered command is a JSON object");
    fields.insert("id".into(), json!(id.to_string()));
    fields.insert("application_id".into(), json!(APP_ID.to_string()));
    fields.insert("version".into(), json!(snowflake().to_string()));
    fields.entry("type").or_insert(json!(1));
    fields.entry("description").or_insert(json!(""));
    fields
        .entry("default_member_permissions")
        .or_insert(Value::Null);
    fields.entry("nsfw").or_insert(json!(false));
    if let Some(guild_id) = guild_id {
        fields.insert("guild_id".into(), json!(guild_id.to_string()));
    }
    command
}

/// A message with every field Discord always sends; callers fill in the rest.
pub fn message(id: u64, channel_id: u64, author: Value) -> Value {
    json!({
        "id": id.to_string(),
        "channel_id": channel_id.to_string(),
        "author": author,
        "content": "",
        "timestamp": now(),
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": false,
        "type": 0,
        "flags": 0,
        "components": [],
    })
}

/// A message the bot created through REST, echoing the visible parts of the request body.
/// Like Discord's REST answers it carries no `guild_id`.
pub fn bot_message(id: u64, channel_id: u64, body: &Value) -> Value {
    let mut message = message(id, channel_id, bot_user());
    apply_edit(&mut message, body);
    if let Some(flags) = body.get("flags").filter(|f| f.is_u64()) {
        message["flags"] = flags.clone();
    }
    message
}

/// A message sent through the interaction webhook (original response or followup).
pub fn webhook_message(id: u64, channel_id: u64, body: &Value) -> Value {
    let mut message = bot_message(id, channel_id, body);
    message["webhook_id"] = json!(APP_ID.to_string());
    message["application_id"] = json!(APP_ID.to_string());
    message["type"] = json!(20); // ChatInputCommand: a reply to an interaction
    message
}

/// Copies the editable visible fields of a create/edit request onto a stored message.
pub fn apply_edit(message: &mut Value, body: &Value) {
    for key in ["content", "embeds", "components", "tts"] {
        if let Some(value) = body.get(key).filter(|v| !v.is_null()) {
            message[key] = value.clone();
        }
    }
}

/// The `channel` (partial) and `channel_id` of an interaction, plus who triggered it.
fn interaction_location(interaction: &mut Value, user: &TestUser) {
    if user.in_guild {
        interaction["guild_id"] = json!(GUILD_ID.to_string());
        interaction["channel_id"] = json!(CHANNEL_ID.to_string());
        interaction["channel"] = json!({
            "id": CHANNEL_ID.to_string(),
            "type": 0,
            "guild_id": GUILD_ID.to_string(),
            "name": "general",
            "permissions": user.permissions.to_string(),
            "parent_id": null,
            "flags": 0,
        });
        interaction["member"] = member(Some(test_user(user)), &[], Some(user.permissions));
        interaction["guild_locale"] = json!("en-US");
        interaction["authorizing_integration_owners"] = json!({"0": GUILD_ID.to_string()});
        interaction["context"] = json!(0);
    } else {
        let channel_id = user.channel_id();
        interaction["channel_id"] = json!(channel_id.to_string());
        interaction["channel"] = json!({
            "id": channel_id.to_string(),
            "type": 1,
            "recipients": [test_user(user)],
            "flags": 0,
        });
        interaction["user"] = test_user(user);
        // "0" means: installed to a guild, invoked outside of it (the bot's DM).
        interaction["authorizing_integration_owners"] = json!({"0": "0"});
        interaction["context"] = json!(1);
    }
}

/// An interaction of `kind` (2 command, 3 component, 4 autocomplete) as in INTERACTION_CREATE.
pub fn interaction(
    kind: u8,
    id: u64,
    token: &str,
    user: &TestUser,
    data: Value,
    app_permissions: u64,
) -> Value {
    let mut interaction = json!({
        "id": id.to_string(),
        "application_id": APP_ID.to_string(),
        "type": kind,
        "data": data,
        "token": token,
        "version": 1,
        "app_permissions": app_permissions.to_string(),
        "locale": "en-US",
        "entitlements": [],
        "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
    });
    interaction_location(&mut interaction, user);
    interaction
}

/// `data` of an APPLICATION_COMMAND or APPLICATION_COMMAND_AUTOCOMPLETE interaction.
pub fn command_data(command_id: u64, name: &str, options: Value, guild_id: Option<u64>) -> Value {
    let mut data = json!({
        "id": command_id.to_string(),
        "name": name,
        "type": 1,
        "options": options,
    });
    if let Some(guild_id) = guild_id {
        data["guild_id"] = json!(guild_id.to_string());
    }
    data
}

/// `data` of a button click.
pub fn button_data(custom_id: &str) -> Value {
    json!({"custom_id": custom_id, "component_type": 2})
}

/// A message row holding one button, for clicks on messages the bot never sent.
pub fn button_row(custom_id: &str) -> Value {
    json!([{
        "type": 1,
        "components": [{"type": 2, "style": 1, "label": custom_id, "custom_id": custom_id}],
    }])
}

/// Whether a message's components (at any depth) contain `custom_id`.
pub fn has_custom_id(message: &Value, custom_id: &str) -> bool {
    fn search(value: &Value, custom_id: &str) -> bool {
        match value {
            Value::Object(map) => {
                map.get("custom_id").and_then(Value::as_str) == Some(custom_id)
                    || map.values().any(|v| search(v, custom_id))
            }
            Value::Array(items) => items.iter().any(|v| search(v, custom_id)),
            _ => false,
        }
    }
    message
        .get("components")
        .is_some_and(|c| search(c, custom_id))
}

/// The user ids mentioned as `<@id>` or `<@!id>` in `content`, in order, without repeats.
pub fn mentioned_ids(content: &str) -> Vec<u64> {
    let mut ids = Vec::new();
    for candidate in content.split("<@").skip(1) {
        let candidate = candidate.strip_prefix('!').unwrap_or(candidate);
        let Some((digits, _)) = candidate.split_once('>') else {
            continue;
        };
        if let Ok(id) = digits.parse::<u64>() {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

/// Checks a dispatch the way serenity reads it: first as the specific model type (whose serde
/// error names the offending field), then as a whole gateway frame, which must not come out as
/// `Event::Unknown`.
pub fn check_dispatch(event: &str, data: &Value) -> Result<(), String> {
    use serenity::model::application::Interaction;
    use serenity::model::channel::Message;
    use serenity::model::event::{GuildCreateEvent, GuildRoleCreateEvent};
    use serenity::model::gateway::Ready;

    fn typed<T: serde::de::DeserializeOwned>(data: &Value) -> Result<(), String> {
        serde_json::from_value::<T>(data.clone())
            .map(drop)
            .map_err(|e| e.to_string())
    }

    match event {
        "READY" => typed::<Ready>(data)?,
        "GUILD_CREATE" => typed::<GuildCreateEvent>(data)?,
        "GUILD_ROLE_CREATE" => typed::<GuildRoleCreateEvent>(data)?,
        "INTERACTION_CREATE" => typed::<Interaction>(data)?,
        "MESSAGE_CREATE" => typed::<Message>(data)?,
        _ => {}
    }
    let frame = json!({"op": 0, "s": 1, "t": event, "d": data});
    match serde_json::from_value::<GatewayEvent>(frame) {
        Ok(GatewayEvent::Dispatch(_, Event::Unknown(_))) => {
            Err(format!("serenity reads {event} as an unknown event"))
        }
        Ok(_) => Ok(()),
        Err(e) => Err(e.to_string()),
    }
}

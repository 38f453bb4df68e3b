//! Fields older versions let the owner set and that no longer exist, turned into what they
//! always were: the owner's own words.
//!
//! Before signed confirmations, an activity had `confirmed: {by, role, on}` and a certificate
//! could be `verification: {state: "mentor_confirmed", confirmation: {...}}`. Anyone could
//! type those, so they are not confirmations. Every read of stored or imported JSON passes
//! through [`migrate_entry`], which moves them into the entry's note as
//! "marked confirmed by X on D (self-reported)": old documents and old exports still load,
//! nothing is lost, and nothing prints them as "Confirmed by". The document itself drops the
//! old field the next time the entry is saved.

use serde_json::Value as Json;

use crate::model::Section;

/// The note text an old owner-set confirmation becomes.
pub fn self_reported_note(confirmation: &Json) -> String {
    let by = confirmation
        .get("by")
        .and_then(Json::as_str)
        .unwrap_or("someone");
    let role = confirmation
        .get("role")
        .and_then(Json::as_str)
        .map(|r| format!(" ({r})"))
        .unwrap_or_default();
    let on = confirmation
        .get("on")
        .and_then(Json::as_str)
        .map(|d| format!(" on {d}"))
        .unwrap_or_default();
    format!("marked confirmed by {by}{role}{on} (self-reported)")
}

fn append_note(map: &mut serde_json::Map<String, Json>, text: String) {
    let note = match map.get("note").and_then(Json::as_str) {
        Some(old) if old.contains(&text) => return,
        Some(old) if !old.trim().is_empty() => format!("{old}\n{text}"),
        _ => text,
    };
    map.insert("note".into(), Json::String(note));
}

/// Rewrites one entry of `section` in place (a no-op for current data).
pub fn migrate_entry(section: Section, value: &mut Json) {
    let Json::Object(map) = value else { return };
    match section {
        Section::Activities => {
            if let Some(old) = map.remove("confirmed")
                && old.is_object()
            {
                append_note(map, self_reported_note(&old));
            }
        }
        Section::Certificates => {
            let legacy = map
                .get("verification")
                .filter(|v| v.get("state").and_then(Json::as_str) == Some("mentor_confirmed"))
                .cloned();
            if let Some(v) = legacy {
                map.insert(
                    "verification".into(),
                    serde_json::json!({"state": "unverified"}),
                );
                let conf = v.get("confirmation").cloned().unwrap_or(Json::Null);
                append_note(map, self_reported_note(&conf));
            }
        }
        _ => {}
    }
}

/// Rewrites every entry of a whole portfolio's JSON.
pub fn migrate_portfolio(value: &mut Json) {
    for section in Section::ALL {
        if let Some(Json::Array(items)) = value.get_mut(section.key()) {
            for item in items {
                migrate_entry(section, item);
            }
        }
    }
}

//! Members of a shared portfolio (mentors and the owner's linked devices) as this device
//! records them, and the roster: that list sealed under the owner-only key and shared among
//! the owner's devices so any of them can revoke.

use mosaic_core::{Mosaic, PortfolioId};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::capability::{self, MemberRecord};
use crate::crypto;
use crate::entry::local_id;
use crate::error::{Error, Result};
use crate::feedback::{feedback_local_id, feedback_params};
use crate::store::{self, DocState};

fn roster_aad(st: &DocState) -> Vec<u8> {
    let mut a = b"mosaic-sync/v1/roster\0".to_vec();
    a.extend_from_slice(&st.relay_doc.0);
    a
}

/// The mentor list, sealed under the owner-only key (mentors hold the document key but not
/// the write authority this key derives from).
pub(crate) fn roster_plain(m: &mut Mosaic, st: &DocState, ws: &[u8; 32]) -> Result<Vec<u8>> {
    let records = member_records(m, &st.local_id)?;
    crypto::owner_wrap_key(ws).seal(&capability::encode_members(&records), &roster_aad(st))
}

pub(crate) fn apply_roster(
    m: &mut Mosaic,
    st: &DocState,
    ws: &[u8; 32],
    sealed: &[u8],
) -> Result<()> {
    let plain = crypto::owner_wrap_key(ws).open(sealed, &roster_aad(st))?;
    // A choice of sections made here and not published yet wins over an older roster.
    let mine_pending = roster_dirty(m, &st.local_id)?;
    for r in capability::decode_members(&plain)? {
        add_member(m, &st.local_id, &r, &st.relay_url)?;
        if r.has_view() {
            crate::views::take_roster_view(m, &st.local_id, &r)?;
            if !mine_pending {
                m.connection().execute(
                    "UPDATE sync_members SET sections = ?3
                     WHERE local_id = ?1 AND x25519_public = ?2",
                    params![st.local_id, r.x25519.to_vec(), r.sections],
                )?;
            }
        }
        if r.revoked {
            m.connection().execute(
                "UPDATE sync_members SET revoked_at = ?3
                 WHERE local_id = ?1 AND x25519_public = ?2 AND revoked_at IS NULL",
                params![st.local_id, r.x25519.to_vec(), store::now()],
            )?;
        }
    }
    Ok(())
}

pub(crate) fn roster_dirty(m: &mut Mosaic, lid: &str) -> Result<bool> {
    Ok(m.connection()
        .query_row(
            "SELECT 1 FROM sync_roster_dirty WHERE local_id = ?1",
            [lid],
            |r| r.get::<_, i64>(0),
        )
        .optional()?
        .is_some())
}

pub(crate) fn set_roster_dirty(m: &mut Mosaic, lid: &str, dirty: bool) -> Result<()> {
    let sql = if dirty {
        "INSERT OR IGNORE INTO sync_roster_dirty(local_id) VALUES (?1)"
    } else {
        "DELETE FROM sync_roster_dirty WHERE local_id = ?1"
    };
    m.connection().execute(sql, [lid])?;
    Ok(())
}

pub(crate) fn member_records(m: &mut Mosaic, lid: &str) -> Result<Vec<MemberRecord>> {
    let conn = m.connection();
    let mut stmt = conn.prepare(
        "SELECT x25519_public, ed25519_public, name, read_token_hash, feedback_seed,
                revoked_at IS NOT NULL, device, view_seed, sections, view_gen
         FROM sync_members WHERE local_id = ?1 ORDER BY added_at",
    )?;
    let rows = stmt
        .query_map([lid], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Vec<u8>>(3)?,
                r.get::<_, Vec<u8>>(4)?,
                r.get::<_, bool>(5)?,
                r.get::<_, bool>(6)?,
                r.get::<_, Option<Vec<u8>>>(7)?,
                r.get::<_, u32>(8)?,
                r.get::<_, u32>(9)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let a = |v: Vec<u8>| <[u8; 32]>::try_from(v).map_err(|_| Error::Crypto("stored key".into()));
    rows.into_iter()
        .map(
            |(x, e, name, h, s, revoked, device, view, sections, view_gen)| {
                Ok(MemberRecord {
                    x25519: a(x)?,
                    ed25519: a(e)?,
                    name,
                    read_token_hash: a(h)?,
                    feedback_seed: a(s)?,
                    revoked,
                    device,
                    view_seed: view.map(a).transpose()?.unwrap_or_default(),
                    sections,
                    view_gen,
                })
            },
        )
        .collect()
}

/// Records a mentor and the (read-only) feedback document they will write, or one of the
/// owner's devices.
pub(crate) fn add_member(
    m: &mut Mosaic,
    lid: &str,
    r: &MemberRecord,
    relay_url: &str,
) -> Result<()> {
    let (fb_doc, fb_token, fb_key) = feedback_params(&r.feedback_seed);
    let conn = m.connection();
    store::init(conn)?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT OR IGNORE INTO sync_members(local_id, x25519_public, ed25519_public, name,
           read_token_hash, feedback_seed, added_at, revoked_at, device, view_seed, sections,
           view_gen)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            lid,
            r.x25519.to_vec(),
            r.ed25519.to_vec(),
            r.name,
            r.read_token_hash.to_vec(),
            r.feedback_seed.to_vec(),
            store::now(),
            r.revoked.then(store::now),
            r.device,
            r.has_view().then(|| r.view_seed.to_vec()),
            r.sections,
            r.view_gen,
        ],
    )?;
    if r.device {
        tx.commit()?;
        return Ok(());
    }
    // The mentor's feedback document: the owner only reads it (the mentor registered it).
    let fst = DocState {
        registered: true,
        ..DocState::fresh(
            feedback_local_id(&fb_doc),
            "feedback",
            lid.to_string(),
            (relay_url, fb_doc),
            fb_token,
            None,
            r.ed25519,
        )
    };
    store::insert(&tx, &fst)?;
    store::put_key(&tx, &fst.local_id, &fb_key)?;
    tx.commit()?;
    Ok(())
}

/// The current (not revoked) member `member` names: its short id or exact name.
pub(crate) fn find_current(records: &[MemberRecord], member: &str) -> Result<MemberRecord> {
    let matches: Vec<&MemberRecord> = records
        .iter()
        .filter(|r| {
            !r.revoked && (hex::encode(crypto::x25519_tag(&r.x25519)) == member || r.name == member)
        })
        .collect();
    match matches.as_slice() {
        [] => Err(Error::Invalid(format!(
            "no current mentor or device `{member}`"
        ))),
        [one] => Ok((*one).clone()),
        _ => Err(Error::Invalid(format!(
            "several members are called `{member}`; give the id instead (see members)"
        ))),
    }
}

/// A mentor, or another of the owner's devices, as an owner device sees it.
#[derive(Debug, Clone, Serialize)]
pub struct Member {
    pub name: String,
    /// Short id (hex of the X25519 key tag) to pass to [`revoke`].
    pub id: String,
    pub revoked: bool,
    /// `mentor`, or `device` (another device of the owner, linked with a device share code).
    pub role: String,
    /// A mentor's view: the sections it shows (section keys). `None` for a device, and for a
    /// mentor shared with by an older version, who reads the whole portfolio.
    pub sections: Option<Vec<String>>,
}

/// The mentors this portfolio was shared with and the owner's other linked devices (known to
/// this device; this device itself is not listed).
pub fn members(m: &mut Mosaic, portfolio: PortfolioId) -> Result<Vec<Member>> {
    store::init(m.connection())?;
    let me = store::device(m)?.x25519_public();
    Ok(member_records(m, &local_id(portfolio))?
        .into_iter()
        .filter(|r| r.x25519 != me)
        .map(|r| Member {
            name: r.name.clone(),
            id: hex::encode(crypto::x25519_tag(&r.x25519)),
            revoked: r.revoked,
            role: if r.device { "device" } else { "mentor" }.into(),
            sections: r.has_view().then(|| {
                mosaic_core::view::sections_of(r.sections)
                    .into_iter()
                    .map(|s| s.key().to_string())
                    .collect()
            }),
        })
        .collect())
}

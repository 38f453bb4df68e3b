//! Each device's log entries in a document form a hash chain (issue 11, finding 6): entry
//! `n` from a sender names the SHA-256 of its entry `n - 1`, inside the signed, encrypted
//! payload. A reader that knows where a sender's chain stands notices when the relay leaves
//! entries out of the middle of the log, or shows two different entries under one number (a
//! forked log). The relay can still withhold a sender's newest entries; nothing in a log can
//! show what was never delivered.
//!
//! The writer's side keeps the envelope it is sending until the relay has acknowledged it, and
//! sends exactly those bytes again first if the answer was lost: a new envelope under the same
//! number would look like a fork, and dropping the number would look like a gap.

use rusqlite::{Connection, OptionalExtension, params};

use crate::crypto::{ChainLink, SENDER_LEN, envelope_hash};
use crate::error::Result;

pub(crate) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sync_chain (
    local_id TEXT NOT NULL,
    sender BLOB NOT NULL,
    counter INTEGER NOT NULL,
    head BLOB NOT NULL,
    PRIMARY KEY (local_id, sender)
);
CREATE TABLE IF NOT EXISTS sync_unacked (
    local_id TEXT PRIMARY KEY,
    envelope BLOB NOT NULL,
    prev_counter INTEGER NOT NULL,
    prev_head BLOB NOT NULL
);
";

type Sender = [u8; SENDER_LEN];

fn position(conn: &Connection, lid: &str, sender: &Sender) -> Result<Option<(u64, [u8; 32])>> {
    let row: Option<(i64, Vec<u8>)> = conn
        .query_row(
            "SELECT counter, head FROM sync_chain WHERE local_id = ?1 AND sender = ?2",
            params![lid, sender.to_vec()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.map(|(c, h)| {
        let mut head = [0u8; 32];
        if h.len() == 32 {
            head.copy_from_slice(&h);
        }
        (c.max(0) as u64, head)
    }))
}

fn set_position(
    conn: &Connection,
    lid: &str,
    sender: &Sender,
    counter: u64,
    head: &[u8; 32],
) -> Result<()> {
    conn.execute(
        "INSERT INTO sync_chain(local_id, sender, counter, head) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(local_id, sender) DO UPDATE SET counter = ?3, head = ?4",
        params![lid, sender.to_vec(), counter as i64, head.to_vec()],
    )?;
    Ok(())
}

/// The link for the next entry this device (`me`) sends to `lid`.
pub(crate) fn next_link(conn: &Connection, lid: &str, me: &Sender) -> Result<ChainLink> {
    let (counter, prev) = position(conn, lid, me)?.unwrap_or((0, [0; 32]));
    Ok(ChainLink {
        counter: counter + 1,
        prev,
    })
}

/// Records `env` (sealed with `link`) as sent and not yet acknowledged, in one transaction.
pub(crate) fn sending(
    conn: &Connection,
    lid: &str,
    me: &Sender,
    link: &ChainLink,
    env: &[u8],
) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "INSERT OR REPLACE INTO sync_unacked(local_id, envelope, prev_counter, prev_head)
         VALUES (?1, ?2, ?3, ?4)",
        params![lid, env, (link.counter - 1) as i64, link.prev.to_vec()],
    )?;
    set_position(&tx, lid, me, link.counter, &envelope_hash(env))?;
    tx.commit()?;
    Ok(())
}

/// The relay acknowledged the envelope being sent.
pub(crate) fn acknowledged(conn: &Connection, lid: &str) -> Result<()> {
    conn.execute("DELETE FROM sync_unacked WHERE local_id = ?1", [lid])?;
    Ok(())
}

/// An envelope sent but never acknowledged (its answer was lost): to send again, as is.
pub(crate) fn unacknowledged(conn: &Connection, lid: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .query_row(
            "SELECT envelope FROM sync_unacked WHERE local_id = ?1",
            [lid],
            |r| r.get(0),
        )
        .optional()?)
}

/// The relay will never take the unacknowledged envelope (this device lost its right to
/// write): its number is given back, so the next entry does not look like a gap.
pub(crate) fn abandon(conn: &Connection, lid: &str, me: &Sender) -> Result<()> {
    let row: Option<(i64, Vec<u8>)> = conn
        .query_row(
            "SELECT prev_counter, prev_head FROM sync_unacked WHERE local_id = ?1",
            [lid],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((counter, head)) = row {
        let mut h = [0u8; 32];
        if head.len() == 32 {
            h.copy_from_slice(&head);
        }
        set_position(conn, lid, me, counter.max(0) as u64, &h)?;
    }
    acknowledged(conn, lid)
}

/// What a reader makes of an entry's link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// The next one, or the first this reader sees of that sender, or outside the chain.
    InOrder,
    /// Seen already (the relay holds it twice, or sent an old one again): nothing to say.
    Again,
    /// Entries `from..=to` of this sender were left out.
    Gap { from: u64, to: u64 },
    /// Another entry under a number already seen, or one that does not follow the last.
    Fork { counter: u64 },
}

/// Checks `link` (of `env`, from `sender`) against where this reader has the sender's chain,
/// and moves it on.
pub(crate) fn check(
    conn: &Connection,
    lid: &str,
    sender: &Sender,
    link: &ChainLink,
    env: &[u8],
) -> Result<Verdict> {
    if link.counter == 0 {
        return Ok(Verdict::InOrder);
    }
    let hash = envelope_hash(env);
    let verdict = match position(conn, lid, sender)? {
        // A reader that started from a snapshot has not seen the sender's earlier entries.
        None => Verdict::InOrder,
        Some((last, head)) if link.counter == last => {
            if hash == head {
                return Ok(Verdict::Again);
            }
            Verdict::Fork { counter: last }
        }
        Some((last, _)) if link.counter < last => return Ok(Verdict::Again),
        Some((last, head)) if link.counter == last + 1 => {
            if link.prev == head {
                Verdict::InOrder
            } else {
                Verdict::Fork { counter: last }
            }
        }
        Some((last, _)) => Verdict::Gap {
            from: last + 1,
            to: link.counter - 1,
        },
    };
    set_position(conn, lid, sender, link.counter, &hash)?;
    Ok(verdict)
}

/// A warning for the sync report, or nothing.
pub(crate) fn describe(v: &Verdict) -> Option<String> {
    match v {
        Verdict::InOrder | Verdict::Again => None,
        Verdict::Gap { from, to } => Some(format!(
            "the relay left out {} entr{} from one writer (its entries {from} to {to}); what \
             followed was applied",
            to - from + 1,
            if to == from { "y" } else { "ies" }
        )),
        Verdict::Fork { counter } => Some(format!(
            "the relay showed two different histories from one writer after its entry \
             {counter} (a forked log); what followed was applied"
        )),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn conn() -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(SCHEMA).unwrap();
        c
    }

    #[test]
    fn in_order_again_gap_and_fork() {
        let c = conn();
        let s = [1u8; SENDER_LEN];
        let (e1, e2, e3, e4, other) = (
            b"one".as_slice(),
            b"two".as_slice(),
            b"three".as_slice(),
            b"four".as_slice(),
            b"x".as_slice(),
        );
        let link = |n: u64, prev: &[u8]| ChainLink {
            counter: n,
            prev: if prev.is_empty() {
                [0; 32]
            } else {
                envelope_hash(prev)
            },
        };
        assert_eq!(
            check(&c, "d", &s, &link(1, b""), e1).unwrap(),
            Verdict::InOrder
        );
        assert_eq!(
            check(&c, "d", &s, &link(1, b""), e1).unwrap(),
            Verdict::Again
        );
        assert_eq!(
            check(&c, "d", &s, &link(2, e1), e2).unwrap(),
            Verdict::InOrder
        );
        assert_eq!(
            check(&c, "d", &s, &link(1, b""), e1).unwrap(),
            Verdict::Again
        );
        // Entry 3 withheld.
        assert_eq!(
            check(&c, "d", &s, &link(4, e3), e4).unwrap(),
            Verdict::Gap { from: 3, to: 3 }
        );
        // Another entry 4.
        assert_eq!(
            check(&c, "d", &s, &link(4, e3), other).unwrap(),
            Verdict::Fork { counter: 4 }
        );
        // An entry 5 that does not follow the 4 this reader holds.
        assert_eq!(
            check(&c, "d", &s, &link(5, e4), e1).unwrap(),
            Verdict::Fork { counter: 4 }
        );
        assert!(
            describe(&Verdict::Gap { from: 3, to: 3 })
                .unwrap()
                .contains("1 entry")
        );
        // Outside the chain, and a sender first seen mid-chain (after a snapshot): in order.
        assert_eq!(
            check(&c, "d", &s, &ChainLink::NONE, other).unwrap(),
            Verdict::InOrder
        );
        assert_eq!(
            check(&c, "d", &[2; SENDER_LEN], &link(9, e1), e2).unwrap(),
            Verdict::InOrder
        );
    }

    #[test]
    fn a_writer_resends_or_gives_back_its_number() {
        let c = conn();
        let me = [3u8; SENDER_LEN];
        let first = next_link(&c, "d", &me).unwrap();
        assert_eq!(
            first,
            ChainLink {
                counter: 1,
                prev: [0; 32]
            }
        );
        sending(&c, "d", &me, &first, b"env1").unwrap();
        assert_eq!(
            unacknowledged(&c, "d").unwrap().as_deref(),
            Some(b"env1".as_slice())
        );
        acknowledged(&c, "d").unwrap();
        assert_eq!(unacknowledged(&c, "d").unwrap(), None);
        let second = next_link(&c, "d", &me).unwrap();
        assert_eq!(
            second,
            ChainLink {
                counter: 2,
                prev: envelope_hash(b"env1")
            }
        );
        sending(&c, "d", &me, &second, b"env2").unwrap();
        abandon(&c, "d", &me).unwrap();
        assert_eq!(next_link(&c, "d", &me).unwrap(), second);
    }
}

//! The mentor's dashboard over the portfolios shared with this device.

use mosaic_core::{Mosaic, PortfolioSummary};
use serde::Serialize;

use crate::entry::local_id;
use crate::error::Result;
use crate::feedback::feedback;
use crate::store;

/// One mentee on a mentor's dashboard.
#[derive(Debug, Clone, Serialize)]
pub struct MenteeSummary {
    /// Progress summary from the projection tables.
    pub summary: PortfolioSummary,
    /// Comments and confirmations this mentor gave.
    pub comments: u32,
    pub confirmations: u32,
    /// Feedback items on this portfolio not yet marked read on this device.
    pub unread_feedback: u32,
    /// Relay cursor of the last sync (0: never synced).
    pub cursor: u64,
}

/// The mentor's dashboard: every portfolio shared with this device, with its progress summary
/// and feedback counts.
pub fn mentees(m: &mut Mosaic) -> Result<Vec<MenteeSummary>> {
    store::init(m.connection())?;
    let mut out = vec![];
    for s in m.list_portfolios()? {
        if s.role != "mentee" {
            continue;
        }
        let items = feedback(m, s.id)?;
        let cursor = store::load(m.connection(), &local_id(s.id))?.map_or(0, |st| st.cursor);
        out.push(MenteeSummary {
            comments: items.iter().filter(|i| i.kind == "comment").count() as u32,
            confirmations: items.iter().filter(|i| i.kind == "confirmation").count() as u32,
            unread_feedback: items.iter().filter(|i| i.unread).count() as u32,
            summary: s,
            cursor,
        });
    }
    Ok(out)
}

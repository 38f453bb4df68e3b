//! Judging a competence and linking what shows it: one entry per competence, its history
//! growing by one assessment at a time (like a language's CEFR history).

use crate::api::Mosaic;
use crate::error::{Error, Result};
use crate::model::*;

impl Mosaic {
    /// Adds `assessment` to the history of competence `code`, making its entry on first use.
    pub fn assess_competence(
        &mut self,
        id: PortfolioId,
        code: CompetenceCode,
        assessment: CompetenceAssessment,
    ) -> Result<EntryId> {
        match self.competence(id, code)? {
            Some(mut c) => {
                c.history.push(assessment);
                let entry = c.id;
                self.update(id, c)?;
                Ok(entry)
            }
            None => self.add(
                id,
                Competence {
                    id: uuid::Uuid::now_v7(),
                    code,
                    history: vec![assessment],
                    evidence: vec![],
                },
            ),
        }
    }

    /// Links an entry of the portfolio (an activity, a story, a goal…) as evidence of
    /// competence `code`, which must have been assessed once.
    pub fn link_competence_evidence(
        &mut self,
        id: PortfolioId,
        code: CompetenceCode,
        entry: EntryId,
    ) -> Result<()> {
        self.section_of(id, entry)?;
        let mut c = self.competence(id, code)?.ok_or_else(|| {
            Error::Invalid(crate::validate::ValidationError {
                path: "code".into(),
                message: format!("{} has no assessment yet; assess it first", code.key()),
            })
        })?;
        if !c.evidence.contains(&entry) {
            c.evidence.push(entry);
            self.update(id, c)?;
        }
        Ok(())
    }

    /// The entry of competence `code`; two devices assessing it first at once can make two,
    /// and the one made first (ids are time-ordered) is the one used.
    pub fn competence(
        &mut self,
        id: PortfolioId,
        code: CompetenceCode,
    ) -> Result<Option<Competence>> {
        Ok(self
            .list::<Competence>(id)?
            .into_iter()
            .filter(|c| c.code == code)
            .min_by_key(|c| c.id))
    }
}

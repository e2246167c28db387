-- Why a posting was stored without analysis (its detection went over ANALYSIS_BUDGET_SECS and
-- was stopped, issue 13); NULL for an analysed posting. Counted per source in `sources list`.
-- Numbered 013 after the issue, so that another branch's next migration (008, …) cannot take the same number.
ALTER TABLE postings ADD COLUMN not_analysed_reason TEXT;
CREATE INDEX postings_not_analysed ON postings (source_id) WHERE not_analysed_reason IS NOT NULL;

-- Each participant's own view on the items of an assessment, collected before the agreed score,
-- and the note on what the disagreement was when the agreed score departs from the room.
CREATE TABLE contributions (
    id INTEGER PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    participant TEXT NOT NULL DEFAULT '',
    agency TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX contributions_by_assessment ON contributions (assessment_id, participant);

CREATE TABLE contribution_views (
    contribution_id INTEGER NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    score INTEGER,
    not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (contribution_id, item_id),
    CHECK (NOT (score IS NOT NULL AND not_applicable = 1))
) WITHOUT ROWID;

ALTER TABLE responses ADD COLUMN dissent TEXT NOT NULL DEFAULT '';

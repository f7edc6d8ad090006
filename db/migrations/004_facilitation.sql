-- The facilitator's aids for a workshop: a private note per item, the parking lot of questions to
-- come back to, and the agenda of sessions with their time boxes.
CREATE TABLE facilitator_notes (
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, item_id)
) WITHOUT ROWID;

CREATE TABLE parked_questions (
    id INTEGER PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    text TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at TEXT NOT NULL,
    done_at TEXT,
    CHECK ((done = 1) = (done_at IS NOT NULL))
);
CREATE INDEX parked_questions_by_assessment ON parked_questions (assessment_id, id);

CREATE TABLE agenda_sessions (
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    first_item TEXT NOT NULL,
    last_item TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 480),
    PRIMARY KEY (assessment_id, position)
) WITHOUT ROWID;

-- Rounds: an assessment may name its previous round, a response explains why its score changed since
-- then, and the open actions of the previous round are carried into the next for review.
ALTER TABLE assessments ADD COLUMN previous_assessment_id TEXT REFERENCES assessments (id) ON DELETE SET NULL;

ALTER TABLE responses ADD COLUMN change_reason TEXT
    CHECK (change_reason IN ('performance', 'evidence', 'method', 'other'));
ALTER TABLE responses ADD COLUMN change_note TEXT NOT NULL DEFAULT '';

ALTER TABLE actions ADD COLUMN carried_from_action_id INTEGER REFERENCES actions (id) ON DELETE SET NULL;
ALTER TABLE actions ADD COLUMN review TEXT CHECK (review IN ('to_review', 'continuing', 'done', 'dropped'));

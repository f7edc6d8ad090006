-- Assessments, their responses, checklist, evidence, actions and the audit log.
CREATE TABLE framework_snapshots (
    hash TEXT PRIMARY KEY,
    framework_id TEXT NOT NULL,
    version TEXT NOT NULL,
    content TEXT NOT NULL
);

CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    state_code TEXT NOT NULL,
    framework_id TEXT NOT NULL,
    framework_version TEXT NOT NULL,
    framework_hash TEXT NOT NULL REFERENCES framework_snapshots (hash),
    title TEXT NOT NULL,
    assessed_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX assessments_by_state ON assessments (state_code, assessed_on);

CREATE TABLE team_members (
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    agency TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (assessment_id, position)
);

CREATE TABLE responses (
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    score INTEGER,
    not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
    target INTEGER,
    confidence TEXT CHECK (confidence IN ('low', 'medium', 'high')),
    rationale TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, item_id),
    CHECK (NOT (score IS NOT NULL AND not_applicable = 1))
) WITHOUT ROWID;

CREATE TABLE checklist_statuses (
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    entry_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('in_place', 'partial', 'not_in_place', 'not_applicable')),
    PRIMARY KEY (assessment_id, entry_id)
);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('note', 'link', 'file')),
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    file_name TEXT,
    mime_type TEXT,
    size INTEGER,
    sha256 TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX evidence_by_item ON evidence (assessment_id, item_id);

CREATE TABLE evidence_files (
    evidence_id INTEGER PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    content BLOB NOT NULL
);

CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    text TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX actions_by_item ON actions (assessment_id, item_id);

-- Append-only and read rarely (history of one assessment): no index, so that saving a score
-- writes as few pages as possible.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    assessment_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    changed_at TEXT NOT NULL
);

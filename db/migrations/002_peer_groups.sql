-- The user's own peer groups; shipped groups live in db/reference and are never stored here.
CREATE TABLE peer_groups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    copied_from TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE peer_group_members (
    group_id TEXT NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE ON UPDATE CASCADE,
    state_code TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (group_id, state_code)
);

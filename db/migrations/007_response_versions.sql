-- Each response's version, raised by every write, and who wrote it last: an edit started from an
-- older version is refused as a conflict rather than overwriting a colleague's change.
ALTER TABLE responses ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE responses ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

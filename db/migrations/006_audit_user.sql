-- Who made each change: the database user on a server, the computer account on a laptop's file.
ALTER TABLE audit_log ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';

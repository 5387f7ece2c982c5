-- The review of an import is saved as it goes (issue 10, item 9): the reviewer's edits are kept
-- as a draft of the reading beside what the importer read, with a version so that two tabs (or
-- two people) reviewing one import cannot overwrite each other's edits (If-Match, 412 when stale).

ALTER TABLE imports ADD COLUMN draft_json TEXT;
ALTER TABLE imports ADD COLUMN draft_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN draft_saved_at TEXT;

-- A commitment's deadline may be "standing" (issue 11: "on an ongoing basis", "de manera
-- permanente"): no date, never overdue. SQLite cannot alter a CHECK constraint, and rebuilding
-- `commitments` inside the migrations' transaction would cascade the implicit DELETE of DROP TABLE
-- to its answers (foreign keys are on). Widening the CHECK changes nothing on disk, so its text is
-- edited in place, as SQLite's documentation allows for relaxing a constraint; RESET reloads the
-- schema on this connection, and the index created after it bumps the schema cookie so that every
-- other connection reloads it too.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, '''event'', ''vague''))', '''event'', ''vague'', ''standing''))')
 WHERE type = 'table' AND name = 'commitments';
PRAGMA writable_schema = RESET;
CREATE INDEX commitments_kind ON commitments (process_id, deadline_kind);

-- The private calendar feed's token (only its hash).

ALTER TABLE users ADD COLUMN calendar_token_hash TEXT;
CREATE UNIQUE INDEX users_calendar_token ON users (calendar_token_hash);

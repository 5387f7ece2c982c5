-- Accounts, sessions and sign-in throttling.
-- Dates are ISO text (YYYY-MM-DD), instants ISO UTC text (YYYY-MM-DDTHH:MM:SSZ): both sort as
-- text and read the same in SQLite and PostgreSQL.

CREATE TABLE users (
  id {{id}},
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('secretariat', 'country_officer', 'observer', 'civil_society')),
  country TEXT,
  organization TEXT,
  language TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX users_process ON users (process_id);

CREATE TABLE sessions (
  id {{id}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id {{bigint}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  ip TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_throttle (
  throttle_key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  window_start TEXT NOT NULL,
  locked_until TEXT
);

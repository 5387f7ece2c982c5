-- Processes and their reference data, accounts, sessions, sign-in throttling, the audit log and
-- contact points. Dates are ISO text (YYYY-MM-DD), instants ISO UTC text (YYYY-MM-DDTHH:MM:SSZ):
-- both sort as text and read the same in SQLite and PostgreSQL.

CREATE TABLE processes (
  id {{id}},
  code TEXT NOT NULL UNIQUE,
  name_en TEXT NOT NULL,
  name_es TEXT NOT NULL,
  languages TEXT NOT NULL,
  default_language TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE countries (
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  code TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_es TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('member', 'observer')),
  sort_order INTEGER NOT NULL,
  PRIMARY KEY (process_id, code)
);

CREATE TABLE organizations (
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  code TEXT NOT NULL,
  abbrev_en TEXT NOT NULL,
  abbrev_es TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_es TEXT NOT NULL,
  kind TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  PRIMARY KEY (process_id, code)
);

CREATE TABLE networks (
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  code TEXT NOT NULL,
  abbrev_en TEXT NOT NULL,
  abbrev_es TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_es TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  PRIMARY KEY (process_id, code)
);

CREATE TABLE topics (
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  code TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_es TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  PRIMARY KEY (process_id, code)
);

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

-- Ids are assigned by the application under a lock (previous id + 1), so that a missing entry is
-- visible as a gap; each entry's hash covers the previous entry's hash.
CREATE TABLE audit_log (
  id {{bigint}} PRIMARY KEY,
  at TEXT NOT NULL,
  process_id {{bigint}},
  actor_id {{bigint}},
  actor_email TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  outcome TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  reason TEXT NOT NULL,
  request_id TEXT NOT NULL,
  ip TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_process ON audit_log (process_id, id);

CREATE TABLE contact_points (
  id {{id}},
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  country TEXT NOT NULL,
  network TEXT NOT NULL,
  topic TEXT NOT NULL,
  name TEXT NOT NULL,
  position TEXT NOT NULL,
  institution TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT NOT NULL,
  languages TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'rejected', 'ended')),
  proposed_by {{bigint}} NOT NULL REFERENCES users(id),
  confirmed_by {{bigint}} REFERENCES users(id),
  confirmed_at TEXT,
  rejection_reason TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  FOREIGN KEY (process_id, country) REFERENCES countries (process_id, code),
  FOREIGN KEY (process_id, network) REFERENCES networks (process_id, code),
  FOREIGN KEY (process_id, topic) REFERENCES topics (process_id, code)
);
CREATE INDEX contact_points_post ON contact_points (process_id, country, network, topic);

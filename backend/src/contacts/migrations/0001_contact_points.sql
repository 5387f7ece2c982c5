-- The contact-point directory (M14).
-- Dates are ISO text (YYYY-MM-DD), instants ISO UTC text (YYYY-MM-DDTHH:MM:SSZ): both sort as
-- text and read the same in SQLite and PostgreSQL.

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

-- Regional processes and their reference data: countries, organisations and bodies, networks,
-- contact-point topics.
-- Dates are ISO text (YYYY-MM-DD), instants ISO UTC text (YYYY-MM-DDTHH:MM:SSZ): both sort as
-- text and read the same in SQLite and PostgreSQL.

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

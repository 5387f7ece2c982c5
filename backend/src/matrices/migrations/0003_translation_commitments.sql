-- Who translates a cell's missing or stale language version, and by when (M22, issue 12): one per
-- cell and language, linked to the commitment of the agreement that asked for language versions
-- when there is one (a commitment's id; not a foreign key, as rounds' commitments).
CREATE TABLE matrix_translation_commitments (
  matrix_id {{bigint}} NOT NULL REFERENCES matrices(id),
  topic_id {{bigint}} NOT NULL REFERENCES matrix_topics(id),
  country TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('es', 'en')),
  translator TEXT NOT NULL,
  due TEXT NOT NULL,
  commitment_id {{bigint}},
  version INTEGER NOT NULL,
  updated_by {{bigint}} NOT NULL REFERENCES users(id),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (matrix_id, topic_id, country, language)
);

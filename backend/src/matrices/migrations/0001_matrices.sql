-- Comparative legislation matrices (M7–M10): topics × the process's member countries, update
-- rounds with a column per country, drafts per round, and the published versions of each cell.
-- A cell's content (provisions, no_provision, note) is JSON text, read and written by
-- matrices/domain/matrix_json the same way on both databases. Dates are ISO text (YYYY-MM-DD),
-- instants ISO UTC text. One file for both databases.

CREATE TABLE matrices (
  id {{id}},
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  subject TEXT NOT NULL,
  title_es TEXT,
  title_en TEXT,
  outdated_after_days INTEGER NOT NULL DEFAULT 730,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CHECK (title_es IS NOT NULL OR title_en IS NOT NULL)
);
CREATE INDEX matrices_process ON matrices (process_id);

CREATE TABLE matrix_topics (
  id {{id}},
  matrix_id {{bigint}} NOT NULL REFERENCES matrices(id),
  number INTEGER NOT NULL,
  title_es TEXT,
  title_en TEXT,
  note_es TEXT,
  note_en TEXT,
  -- Protocol articles, comma-separated: "6.1.a,3"
  articles TEXT NOT NULL DEFAULT '',
  UNIQUE (matrix_id, number)
);

CREATE TABLE matrix_rounds (
  id {{id}},
  matrix_id {{bigint}} NOT NULL REFERENCES matrices(id),
  number INTEGER NOT NULL,
  label TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
  due TEXT NOT NULL,
  commitment_id {{bigint}},
  opened_at TEXT NOT NULL,
  closed_at TEXT,
  UNIQUE (matrix_id, number)
);

-- A country's column in a round; no row means not_started.
CREATE TABLE matrix_round_columns (
  round_id {{bigint}} NOT NULL REFERENCES matrix_rounds(id),
  country TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'validated')),
  returned_reason TEXT,
  submitted_at TEXT,
  validated_at TEXT,
  validated_by {{bigint}} REFERENCES users(id),
  PRIMARY KEY (round_id, country)
);

-- The current draft of one cell by its country (or the Secretariat) in a round.
CREATE TABLE matrix_drafts (
  round_id {{bigint}} NOT NULL REFERENCES matrix_rounds(id),
  topic_id {{bigint}} NOT NULL REFERENCES matrix_topics(id),
  country TEXT NOT NULL,
  content TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('country', 'secretariat', 'organization')),
  version INTEGER NOT NULL,
  updated_by {{bigint}} NOT NULL REFERENCES users(id),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (round_id, topic_id, country)
);

-- Every write of a draft, never changed: the cell's timeline.
CREATE TABLE matrix_cell_edits (
  id {{id}},
  matrix_id {{bigint}} NOT NULL REFERENCES matrices(id),
  round_id {{bigint}} NOT NULL REFERENCES matrix_rounds(id),
  topic_id {{bigint}} NOT NULL REFERENCES matrix_topics(id),
  country TEXT NOT NULL,
  content TEXT NOT NULL,
  by_user {{bigint}} NOT NULL REFERENCES users(id),
  by_role TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX matrix_cell_edits_cell ON matrix_cell_edits (matrix_id, topic_id, country, id);

-- Published versions, only ever added: one per cell and round in which it changed.
CREATE TABLE matrix_cells (
  id {{id}},
  matrix_id {{bigint}} NOT NULL REFERENCES matrices(id),
  round_id {{bigint}} NOT NULL REFERENCES matrix_rounds(id),
  topic_id {{bigint}} NOT NULL REFERENCES matrix_topics(id),
  country TEXT NOT NULL,
  content TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('country', 'secretariat', 'organization')),
  submitted_by {{bigint}} REFERENCES users(id),
  submitted_at TEXT NOT NULL,
  verified_by {{bigint}} REFERENCES users(id),
  verified_at TEXT,
  UNIQUE (round_id, topic_id, country)
);
CREATE INDEX matrix_cells_matrix ON matrix_cells (matrix_id);

-- The document library of the Virtual Secretariat (M20–M22). File bytes are rows of the
-- installation's `files` table (meetings/migrations); a version names its file per language.
-- Instants are ISO UTC text, dates ISO text, as everywhere in enlace. One file for both databases.

CREATE TABLE documents (
  id {{id}},
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  type TEXT NOT NULL CHECK (type IN ('report', 'working_document', 'matrix', 'study', 'presentation', 'note')),
  symbol TEXT NOT NULL DEFAULT '',
  title_es TEXT,
  title_en TEXT,
  meeting_id {{bigint}} REFERENCES meetings(id),
  body TEXT,
  access TEXT NOT NULL CHECK (access IN ('public', 'participants', 'members', 'secretariat')),
  created_by {{bigint}} NOT NULL REFERENCES users(id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (title_es IS NOT NULL OR title_en IS NOT NULL)
);
CREATE INDEX documents_process ON documents (process_id, meeting_id);

-- Versions are only ever added; a named one ("As adopted") is kept by name.
CREATE TABLE document_versions (
  id {{id}},
  document_id {{bigint}} NOT NULL REFERENCES documents(id),
  number INTEGER NOT NULL,
  file_es_id {{bigint}} REFERENCES files(id),
  file_en_id {{bigint}} REFERENCES files(id),
  note TEXT NOT NULL DEFAULT '',
  name TEXT,
  uploaded_by {{bigint}} NOT NULL REFERENCES users(id),
  uploaded_at TEXT NOT NULL,
  UNIQUE (document_id, number),
  CHECK (file_es_id IS NOT NULL OR file_en_id IS NOT NULL)
);

-- A translation owed for a language the document lacks, one per language.
CREATE TABLE document_translations (
  document_id {{bigint}} NOT NULL REFERENCES documents(id),
  language TEXT NOT NULL CHECK (language IN ('es', 'en')),
  translator TEXT NOT NULL,
  due TEXT,
  agreement_id {{bigint}} REFERENCES agreements(id) ON DELETE SET NULL,
  recorded_by {{bigint}} NOT NULL REFERENCES users(id),
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (document_id, language)
);

CREATE TABLE document_distributions (
  id {{id}},
  document_id {{bigint}} NOT NULL REFERENCES documents(id),
  version_number INTEGER NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  sent_by {{bigint}} NOT NULL REFERENCES users(id),
  sent_at TEXT NOT NULL
);
CREATE INDEX document_distributions_document ON document_distributions (document_id);

-- One row per person reached: the SHA-256 of their personal link (never the link itself), and
-- when they first opened it; a delegation's receipt is the first opening of any of its people.
CREATE TABLE document_recipients (
  id {{id}},
  distribution_id {{bigint}} NOT NULL REFERENCES document_distributions(id),
  delegation TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('country', 'observer', 'civil_society')),
  user_id {{bigint}} NOT NULL REFERENCES users(id),
  token_hash TEXT NOT NULL UNIQUE,
  opened_at TEXT,
  reminded_at TEXT
);
CREATE INDEX document_recipients_distribution ON document_recipients (distribution_id, delegation);

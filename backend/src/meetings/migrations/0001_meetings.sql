-- Meetings, their agreements and commitments with deadlines as written, progress updates and
-- uploaded files (M1–M4).

CREATE TABLE meetings (
  id {{id}},
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  body TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('regular', 'extraordinary', 'virtual', 'workshop')),
  title_es TEXT,
  title_en TEXT,
  city TEXT NOT NULL,
  country TEXT NOT NULL,
  date TEXT NOT NULL,
  date_end TEXT,
  participants TEXT NOT NULL,
  agenda_json TEXT NOT NULL,
  video_link TEXT,
  cancelled INTEGER NOT NULL DEFAULT 0,
  report_status TEXT NOT NULL CHECK (report_status IN ('draft', 'adopted', 'submitted', 'considered')),
  submitted_to TEXT,
  considered_at {{bigint}} REFERENCES meetings(id),
  import_fingerprint TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX meetings_process_date ON meetings (process_id, date);
CREATE INDEX meetings_fingerprint ON meetings (process_id, import_fingerprint);

CREATE TABLE agreements (
  id {{id}},
  meeting_id {{bigint}} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  number TEXT NOT NULL,
  position INTEGER NOT NULL,
  heading INTEGER NOT NULL DEFAULT 0,
  verb TEXT,
  text_es TEXT,
  text_en TEXT,
  parties TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (meeting_id, number)
);

CREATE TABLE commitments (
  id {{id}},
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  meeting_id {{bigint}} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  agreement_id {{bigint}} NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  party TEXT NOT NULL,
  action_es TEXT,
  action_en TEXT,
  deadline_text TEXT NOT NULL,
  deadline_kind TEXT NOT NULL CHECK (deadline_kind IN ('date', 'period', 'relative', 'event', 'vague')),
  deadline_due TEXT,
  event_body TEXT,
  event_which TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
  progress INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX commitments_party ON commitments (process_id, party);
CREATE INDEX commitments_due ON commitments (process_id, deadline_due);
CREATE INDEX commitments_meeting ON commitments (meeting_id);

CREATE TABLE commitment_updates (
  id {{id}},
  commitment_id {{bigint}} NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
  country TEXT,
  text TEXT NOT NULL,
  links_json TEXT NOT NULL,
  progress INTEGER,
  status TEXT,
  author_id {{bigint}} NOT NULL REFERENCES users(id),
  at TEXT NOT NULL
);
CREATE INDEX commitment_updates_commitment ON commitment_updates (commitment_id, id);

-- File bytes live in the database (base64), so that every server sharing it serves them.
CREATE TABLE files (
  id {{id}},
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  meeting_id {{bigint}} REFERENCES meetings(id) ON DELETE CASCADE,
  update_id {{bigint}} REFERENCES commitment_updates(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size {{bigint}} NOT NULL,
  sha256 TEXT NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_by {{bigint}} REFERENCES users(id),
  uploaded_at TEXT NOT NULL
);
CREATE INDEX files_meeting ON files (meeting_id);
CREATE INDEX files_update ON files (update_id);

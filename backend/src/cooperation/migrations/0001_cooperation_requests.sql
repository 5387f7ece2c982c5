-- Cooperation requests (M17): a member country asks a partner body for project support through
-- the Technical Secretariat; each step is kept with who took it, when, a note and files.
-- Dates are ISO text (YYYY-MM-DD), instants ISO UTC text (YYYY-MM-DDTHH:MM:SSZ): both sort as
-- text and read the same in SQLite and PostgreSQL. One file for both databases.

CREATE TABLE cooperation_requests (
  id {{id}},
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  country TEXT NOT NULL,
  partner TEXT NOT NULL,
  title_es TEXT,
  title_en TEXT,
  summary_es TEXT,
  summary_en TEXT,
  agreement_id {{bigint}} REFERENCES agreements(id) ON DELETE SET NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'sent_to_secretariat', 'forwarded_to_partner', 'answered', 'closed',
                                       'withdrawn')),
  -- When the last step was taken: how long the request has waited at its current step.
  state_since TEXT NOT NULL,
  created_by {{bigint}} NOT NULL REFERENCES users(id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (title_es IS NOT NULL OR title_en IS NOT NULL),
  FOREIGN KEY (process_id, country) REFERENCES countries (process_id, code),
  FOREIGN KEY (process_id, partner) REFERENCES organizations (process_id, code)
);
CREATE INDEX cooperation_requests_process ON cooperation_requests (process_id, state, country);

-- Steps are only ever added, never changed: the history of the request (the audit log keeps it too).
CREATE TABLE cooperation_steps (
  id {{id}},
  request_id {{bigint}} NOT NULL REFERENCES cooperation_requests(id),
  action TEXT NOT NULL CHECK (action IN ('create', 'send', 'forward', 'answer', 'close', 'withdraw')),
  from_state TEXT,
  to_state TEXT NOT NULL,
  note TEXT,
  by_user {{bigint}} NOT NULL REFERENCES users(id),
  by_role TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX cooperation_steps_request ON cooperation_steps (request_id, id);

-- The files of a step: rows of the installation's uploaded files (meetings/migrations).
CREATE TABLE cooperation_step_files (
  step_id {{bigint}} NOT NULL REFERENCES cooperation_steps(id),
  file_id {{bigint}} NOT NULL REFERENCES files(id),
  PRIMARY KEY (step_id, file_id)
);

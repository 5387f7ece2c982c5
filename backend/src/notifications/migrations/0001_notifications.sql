-- In-app notifications and the reminder log (M6).

CREATE TABLE notifications (
  id {{id}},
  user_id {{bigint}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  commitment_id {{bigint}} REFERENCES commitments(id) ON DELETE CASCADE,
  payload_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  read_at TEXT
);
CREATE INDEX notifications_user ON notifications (user_id, id);

CREATE TABLE reminder_log (
  reminder_key TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
  attempts INTEGER NOT NULL,
  claimed_at TEXT NOT NULL,
  sent_at TEXT,
  error TEXT
);

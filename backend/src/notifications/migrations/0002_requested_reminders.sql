-- The Secretariat's one-click reminders to those who have not answered a commitment: who sent one,
-- when, and to whom (issue 10). The deliveries themselves go through the reminder log.

CREATE TABLE requested_reminders (
  id {{id}},
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  commitment_id {{bigint}} NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
  sent_by {{bigint}} NOT NULL REFERENCES users(id),
  sent_at TEXT NOT NULL,
  delegations_json TEXT NOT NULL,
  recipients INTEGER NOT NULL
);
CREATE INDEX requested_reminders_commitment ON requested_reminders (commitment_id, id);

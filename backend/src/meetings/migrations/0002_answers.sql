-- Answers (commitment updates) carry who may read them, their writer's delegation, a version for
-- edits, and when they were last edited (issue 10, items 6 and 8). Existing answers keep the
-- default, `network`: the Secretariat and the member countries' officers.

ALTER TABLE commitment_updates ADD COLUMN visibility TEXT NOT NULL DEFAULT 'network'
  CHECK (visibility IN ('network', 'participants', 'secretariat'));
ALTER TABLE commitment_updates ADD COLUMN writer_delegation TEXT;
ALTER TABLE commitment_updates ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE commitment_updates ADD COLUMN edited_at TEXT;
UPDATE commitment_updates SET writer_delegation =
  (SELECT CASE WHEN users.role = 'country_officer' THEN users.country
               WHEN users.role IN ('observer', 'civil_society') THEN users.organization END
     FROM users WHERE users.id = commitment_updates.author_id);

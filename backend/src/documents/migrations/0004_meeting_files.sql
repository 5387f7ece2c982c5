-- Meeting attachments and commitment evidence become documents of the library (issue 13;
-- docs/decisions/0090-meeting-files-in-the-library.md). Nothing is copied: the document's
-- version 1 names the SAME row of `files` as its Spanish file; its title is the file's name, its
-- creator and dates are the file's uploader and upload instant.
--
-- A document made from a file says so: `source_file_id` (the file it mirrors; one document per
-- file), and, for evidence, the commitment and answer (`commitment_id`, `update_id`) and the
-- delegation that owns it (`owner_delegation`: the country answered for, else the writer's
-- delegation), which reads it whatever its level, as it read the answer's files before. Plain ids,
-- not foreign keys: the triggers of this migration's dialect files keep them in step (a deleted
-- file takes its document with it; an answer's new visibility becomes its documents' level).
ALTER TABLE documents ADD COLUMN source_file_id {{bigint}};
ALTER TABLE documents ADD COLUMN commitment_id {{bigint}};
ALTER TABLE documents ADD COLUMN update_id {{bigint}};
ALTER TABLE documents ADD COLUMN owner_delegation TEXT;
CREATE UNIQUE INDEX documents_source_file ON documents (source_file_id);
CREATE INDEX documents_update ON documents (update_id);

-- Meeting attachments: read until now by everybody signed in (MeetingService::GetFile), so
-- `participants`, a working document of their meeting. An upload with no uploader recorded is
-- credited to the installation's first account (a document needs a creator).
INSERT INTO documents (process_id, type, symbol, title_es, title_en, meeting_id, access, created_by, version,
                       created_at, updated_at, source_file_id)
SELECT f.process_id, 'working_document', '', f.file_name, f.file_name, f.meeting_id, 'participants',
       COALESCE(f.uploaded_by, (SELECT MIN(id) FROM users)), 1, f.uploaded_at, f.uploaded_at, f.id
  FROM files f
 WHERE f.meeting_id IS NOT NULL AND f.update_id IS NULL
   AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.source_file_id = f.id)
 ORDER BY f.id;

-- Evidence of an answer: a note of the answer's commitment's meeting, at the level of the answer's
-- visibility (meetings/domain/meeting.cpp, MayReadAnswer) — participants → participants, network
-- (the TS and the member countries) → members, secretariat → secretariat — and owned by the
-- answer's delegation, which keeps reading it.
INSERT INTO documents (process_id, type, symbol, title_es, title_en, meeting_id, access, created_by, version,
                       created_at, updated_at, source_file_id, commitment_id, update_id, owner_delegation)
SELECT f.process_id, 'note', '', f.file_name, f.file_name, c.meeting_id,
       CASE u.visibility WHEN 'participants' THEN 'participants' WHEN 'network' THEN 'members' ELSE 'secretariat' END,
       COALESCE(f.uploaded_by, u.author_id), 1, f.uploaded_at, f.uploaded_at, f.id, c.id, u.id,
       COALESCE(u.country, u.writer_delegation)
  FROM files f
  JOIN commitment_updates u ON u.id = f.update_id
  JOIN commitments c ON c.id = u.commitment_id
 WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.source_file_id = f.id)
 ORDER BY f.id;

INSERT INTO document_versions (document_id, number, file_es_id, note, uploaded_by, uploaded_at)
SELECT d.id, 1, d.source_file_id, '', d.created_by, d.created_at
  FROM documents d
 WHERE d.source_file_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.document_id = d.id)
 ORDER BY d.id;

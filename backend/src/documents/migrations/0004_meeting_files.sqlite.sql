-- From now on (issue 13): a file stored for a meeting or an answer becomes a document in the same
-- statement, whichever route stored it; its deletion takes the document (and its versions,
-- translations and distributions) with it; an answer's new visibility becomes its documents'
-- level. The rules are those of 0004_meeting_files.sql.
CREATE TRIGGER documents_from_meeting_file AFTER INSERT ON files
WHEN NEW.meeting_id IS NOT NULL AND NEW.update_id IS NULL
BEGIN
  INSERT INTO documents (process_id, type, symbol, title_es, title_en, meeting_id, access, created_by, version,
                         created_at, updated_at, source_file_id)
  SELECT NEW.process_id, 'working_document', '', NEW.file_name, NEW.file_name, NEW.meeting_id, 'participants',
          COALESCE(NEW.uploaded_by, (SELECT MIN(id) FROM users)), 1, NEW.uploaded_at, NEW.uploaded_at, NEW.id
   WHERE NOT EXISTS (SELECT 1 FROM documents WHERE source_file_id = NEW.id);
  INSERT INTO document_versions (document_id, number, file_es_id, note, uploaded_by, uploaded_at)
  SELECT d.id, 1, NEW.id, '', d.created_by, d.created_at FROM documents d
   WHERE d.source_file_id = NEW.id AND NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.document_id = d.id);
END;

CREATE TRIGGER documents_from_answer_file AFTER INSERT ON files
WHEN NEW.update_id IS NOT NULL
BEGIN
  INSERT INTO documents (process_id, type, symbol, title_es, title_en, meeting_id, access, created_by, version,
                         created_at, updated_at, source_file_id, commitment_id, update_id, owner_delegation)
  SELECT NEW.process_id, 'note', '', NEW.file_name, NEW.file_name, c.meeting_id,
         CASE u.visibility WHEN 'participants' THEN 'participants' WHEN 'network' THEN 'members'
                           ELSE 'secretariat' END,
         COALESCE(NEW.uploaded_by, u.author_id), 1, NEW.uploaded_at, NEW.uploaded_at, NEW.id, c.id, u.id,
         COALESCE(u.country, u.writer_delegation)
    FROM commitment_updates u JOIN commitments c ON c.id = u.commitment_id
   WHERE u.id = NEW.update_id AND NOT EXISTS (SELECT 1 FROM documents WHERE source_file_id = NEW.id);
  INSERT INTO document_versions (document_id, number, file_es_id, note, uploaded_by, uploaded_at)
  SELECT d.id, 1, NEW.id, '', d.created_by, d.created_at FROM documents d
   WHERE d.source_file_id = NEW.id AND NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.document_id = d.id);
END;

CREATE TRIGGER documents_follow_file_delete BEFORE DELETE ON files
WHEN OLD.meeting_id IS NOT NULL OR OLD.update_id IS NOT NULL
BEGIN
  DELETE FROM document_recipients WHERE distribution_id IN
    (SELECT x.id FROM document_distributions x JOIN documents d ON d.id = x.document_id
      WHERE d.source_file_id = OLD.id);
  DELETE FROM document_distributions WHERE document_id IN (SELECT id FROM documents WHERE source_file_id = OLD.id);
  DELETE FROM document_translations WHERE document_id IN (SELECT id FROM documents WHERE source_file_id = OLD.id);
  DELETE FROM document_versions WHERE document_id IN (SELECT id FROM documents WHERE source_file_id = OLD.id);
  DELETE FROM documents WHERE source_file_id = OLD.id;
END;

CREATE TRIGGER documents_follow_answer_visibility AFTER UPDATE OF visibility ON commitment_updates
WHEN OLD.visibility IS NOT NEW.visibility
BEGIN
  UPDATE documents
     SET access = CASE NEW.visibility WHEN 'participants' THEN 'participants' WHEN 'network' THEN 'members'
                                      ELSE 'secretariat' END,
         version = version + 1,
         updated_at = COALESCE(NEW.edited_at, updated_at)
   WHERE update_id = NEW.id;
END;

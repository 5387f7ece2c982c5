-- Uploaded files as bytes (issue 13): a BYTEA instead of base64 text, converted in this
-- migration's transaction (decode fails on text that is not base64). A row whose bytes do not
-- have its recorded size stops the migration and rolls it back: nothing is lost. Then the text
-- column goes.
ALTER TABLE files ADD COLUMN content BYTEA NOT NULL DEFAULT ''::bytea;
UPDATE files SET content = decode(content_base64, 'base64');
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM files WHERE length(content) <> size) THEN
    RAISE EXCEPTION 'files: a stored file does not decode to its recorded size';
  END IF;
END
$$;
ALTER TABLE files DROP COLUMN content_base64;

-- Uploaded files as bytes (issue 13): a BLOB instead of base64 text. Every row is converted in
-- this migration's transaction by enlace_unbase64 (a function the store registers on each SQLite
-- connection, kernel/storage/file_bytes.cpp: SQLite before 3.41 has no way to make bytes from text
-- in SQL), which fails, and so rolls the whole migration back, when a row is not base64 or does
-- not decode to its recorded size: nothing is lost. Then the text column goes (SQLite ≥ 3.35).
ALTER TABLE files ADD COLUMN content BLOB NOT NULL DEFAULT x'';
UPDATE files SET content = enlace_unbase64(content_base64, size);
ALTER TABLE files DROP COLUMN content_base64;

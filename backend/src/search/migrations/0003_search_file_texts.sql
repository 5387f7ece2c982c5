-- The text extracted from the documents' PDF and DOCX files for the index (issue 13, item 4),
-- kept by the SHA-256 of the file's content: a file is read and extracted once, not at every
-- rebuild of the documents' entries. Empty when the file had no text or could not be read.
CREATE TABLE search_file_texts (
  sha256 TEXT PRIMARY KEY,
  text TEXT NOT NULL
);

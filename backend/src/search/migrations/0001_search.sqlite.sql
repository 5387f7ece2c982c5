-- The search index (M27): one row per record and language, its terms in an FTS5 table under the
-- same rowid. The terms are computed in C++ (folded and stemmed, search/domain/search_text.hpp),
-- so the FTS5 tokenizer only splits on spaces. Owners: "|HN|IOM|" (empty for none).
CREATE TABLE search_entries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  process_id INTEGER NOT NULL,
  type TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  language TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  access TEXT NOT NULL CHECK (access IN ('public', 'participants', 'members', 'secretariat')),
  owners TEXT NOT NULL,
  parent_type TEXT,
  parent_id INTEGER,
  source TEXT NOT NULL,
  UNIQUE (process_id, type, record_id, language)
);
CREATE INDEX search_entries_source ON search_entries (source);

CREATE VIRTUAL TABLE search_terms USING fts5(title_terms, body_terms, tokenize = 'unicode61 remove_diacritics 0');

CREATE TABLE search_sources (
  source TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL
);

-- Each entry's scope (its process, access level, type, language and owners as tokens, see
-- search/storage/search_repository.cpp) is a column of the full-text table, so that the index
-- filters by what the reader may read before anything is ranked. The index is rebuilt from its
-- sources: the entries are emptied and the sources' fingerprints forgotten.
DROP TABLE search_terms;
CREATE VIRTUAL TABLE search_terms USING fts5(title_terms, body_terms, scope, tokenize = 'unicode61 remove_diacritics 0');
DELETE FROM search_entries;
DELETE FROM search_sources;

-- Each entry's scope (its process, access level, type, language and owners as tokens, see
-- search/storage/search_repository.cpp) is in its tsvector with weight D, so that the GIN index
-- filters by what the reader may read before anything is ranked. The index is rebuilt from its
-- sources: the entries are emptied and the sources' fingerprints forgotten.
DELETE FROM search_entries;
DELETE FROM search_sources;

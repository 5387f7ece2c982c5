-- The scope is no longer weight-D lexemes of the words (a weight-restricted query makes the GIN index
-- recheck every candidate row): it is lexemes of no weight that begin with "~" (no word's lexeme does)
-- and name the process in each access token ("~p1amembers", "~p1ohn", see
-- search/storage/search_repository.cpp); the words are matched without weights. The index is
-- rebuilt from its sources: emptied, fingerprints forgotten.
DELETE FROM search_entries;
DELETE FROM search_sources;

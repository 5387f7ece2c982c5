-- The scope names the reader's class ("p1r3": the readers of a process who may read participants'
-- and members' entries) instead of the entry's level, so a search matches one scope token (and its
-- delegation's), not any of three or four levels; see search/storage/search_repository.cpp. The
-- index is rebuilt from its sources: emptied, fingerprints forgotten.
DELETE FROM search_terms;
DELETE FROM search_entries;
DELETE FROM search_sources;

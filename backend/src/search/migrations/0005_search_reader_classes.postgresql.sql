-- The scope names the reader's class ("~p1r3": the readers of a process who may read participants'
-- and members' entries) instead of the entry's level, so a search matches one scope token (and its
-- delegation's), not any of three or four levels; see search/storage/search_repository.cpp.
-- The terms stay in the row (STORAGE MAIN: compressed if that helps, moved out of line only when
-- the row would not fit in a page): each ranked candidate's tsvector is read with its row, not
-- from the TOAST table in two or three more pages (decision 0084, addendum 3). The index is
-- rebuilt from its sources: emptied, fingerprints forgotten.
ALTER TABLE search_entries ALTER COLUMN terms SET STORAGE MAIN;
DELETE FROM search_entries;
DELETE FROM search_sources;

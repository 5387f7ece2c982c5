-- The scope tokens name the process in each access token ("p1amembers", "p1ohn", see
-- search/storage/search_repository.cpp), so that a search does not intersect its words with every
-- entry of the process. The index is rebuilt from its sources: emptied, fingerprints forgotten.
DELETE FROM search_terms;
DELETE FROM search_entries;
DELETE FROM search_sources;

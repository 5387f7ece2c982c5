-- The latest version of each cell is picked by the database (ROW_NUMBER over the versions of a
-- cell, issue 12): an index on the cell, so that a matrix's versions are found by cell.
CREATE INDEX matrix_cells_cell ON matrix_cells (matrix_id, topic_id, country, round_id);

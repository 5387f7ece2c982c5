-- Whether the receipt list of a distribution goes into its meeting's report (the Secretariat
-- chooses, issue 13 item 3). One file for both databases: 0 or 1.
ALTER TABLE document_distributions ADD COLUMN in_report INTEGER NOT NULL DEFAULT 0;

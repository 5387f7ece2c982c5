-- The packages of meetings people downloaded (M31): who (and so which delegation) took which, and
-- what each path of it held, so that a later package lists what changed since the one a
-- delegation already has. `manifest` is the package's manifest-sha256.txt.
CREATE TABLE meeting_packages (
  id {{id}},
  process_id {{bigint}} NOT NULL REFERENCES processes(id),
  meeting_id {{bigint}} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  delegation TEXT NOT NULL,
  downloaded_by {{bigint}} REFERENCES users(id),
  language TEXT NOT NULL CHECK (language IN ('es', 'en', 'both')),
  manifest TEXT NOT NULL,
  downloaded_at TEXT NOT NULL
);
CREATE INDEX meeting_packages_delegation ON meeting_packages (meeting_id, delegation, id);

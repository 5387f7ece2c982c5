-- Password reset by e-mail: a link with a random token, of which only the hash is kept. A link
-- is "open" until it is used ("used") or a newer request replaces it ("replaced"); it expires at
-- expires_at whatever its state. The accounts.purge job removes links a day after they expire.
CREATE TABLE password_reset_tokens (
  id {{id}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id {{bigint}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  state TEXT NOT NULL DEFAULT 'open',
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX password_reset_tokens_user ON password_reset_tokens (user_id, state);

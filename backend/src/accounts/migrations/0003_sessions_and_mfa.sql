-- Sessions people can see and end, multi-factor sign-in (TOTP, recovery codes), the two-step
-- sign-in's pending state, and the forced change of an initial password.

ALTER TABLE sessions ADD COLUMN user_agent TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

-- One TOTP secret per account (RFC 6238). Unconfirmed while enrolling; last_step is the time
-- step of the last code accepted, so that no code is used twice.
CREATE TABLE user_totp (
  user_id {{bigint}} PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  secret TEXT NOT NULL,
  confirmed_at TEXT,
  last_step {{bigint}} NOT NULL DEFAULT 0
);

-- Recovery codes: only their hashes; each is usable once.
CREATE TABLE recovery_codes (
  id {{id}},
  user_id {{bigint}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

-- A sign-in whose password was right but which still needs a step: a code ("code"), an enrolment
-- ("enrol") or a new password ("password"). Only the token's hash is kept; it expires in minutes.
CREATE TABLE sign_in_pending (
  id {{id}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id {{bigint}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  stage TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  expires_at TEXT NOT NULL,
  ip TEXT NOT NULL,
  user_agent TEXT NOT NULL
);
CREATE INDEX sign_in_pending_user ON sign_in_pending (user_id);

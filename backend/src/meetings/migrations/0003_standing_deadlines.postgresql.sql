-- A commitment's deadline may be "standing" (issue 11: "on an ongoing basis", "de manera
-- permanente"): no date, never overdue.
ALTER TABLE commitments DROP CONSTRAINT commitments_deadline_kind_check;
ALTER TABLE commitments ADD CONSTRAINT commitments_deadline_kind_check
  CHECK (deadline_kind IN ('date', 'period', 'relative', 'event', 'vague', 'standing'));
CREATE INDEX commitments_kind ON commitments (process_id, deadline_kind);

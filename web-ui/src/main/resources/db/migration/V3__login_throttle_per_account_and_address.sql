-- Failed sign-ins are counted per account and client address together (with growing delays) and per address;
-- the per-account counts, which let anyone lock an account out for everybody, are gone.
DELETE FROM login_throttle WHERE throttle_key LIKE 'user:%';
ALTER TABLE login_throttle ADD COLUMN last_failure TIMESTAMPTZ;
UPDATE login_throttle SET last_failure = window_start;
ALTER TABLE login_throttle ALTER COLUMN last_failure SET NOT NULL;

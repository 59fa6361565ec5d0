-- Accounts belong to one organisation (plan-service's code); only the system administrator belongs to none.
ALTER TABLE account ADD COLUMN organisation_code VARCHAR(32);
UPDATE account SET organisation_code = 'SNV' WHERE roles <> 'sysadmin';
ALTER TABLE account ADD CONSTRAINT account_organisation_unless_sysadmin
    CHECK (organisation_code IS NOT NULL OR roles = 'sysadmin');
CREATE INDEX account_organisation_code ON account (organisation_code);

-- A one-time password (a new account, a reset) must be changed before the account may sign in.
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE;
ALTER TABLE account ADD COLUMN password_changed_at  TIMESTAMPTZ;
ALTER TABLE account ADD COLUMN disabled_at          TIMESTAMPTZ;
-- Who created the account: an administrator's user name; null for demo and bootstrap accounts.
ALTER TABLE account ADD COLUMN created_by           VARCHAR(64);

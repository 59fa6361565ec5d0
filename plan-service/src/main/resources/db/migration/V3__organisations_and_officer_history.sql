-- Many organisations (a provincial department, a town People's Committee, ...), each with its units, officers and
-- plans. Unit codes, officer ids and usernames stay unique across all of them.
CREATE TABLE organisation (
    code       VARCHAR(16)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Rows written before organisations existed are the Department's.
INSERT INTO organisation (code, name, kind)
SELECT 'SNV', 'Sở Nội vụ tỉnh Hưng Yên', 'SO'
WHERE EXISTS (SELECT 1 FROM unit) OR EXISTS (SELECT 1 FROM officer) OR EXISTS (SELECT 1 FROM plan);

ALTER TABLE unit ADD COLUMN organisation_code VARCHAR(16) REFERENCES organisation (code);
ALTER TABLE officer ADD COLUMN organisation_code VARCHAR(16) REFERENCES organisation (code);
ALTER TABLE plan ADD COLUMN organisation_code VARCHAR(16) REFERENCES organisation (code);
UPDATE unit SET organisation_code = 'SNV';
UPDATE officer SET organisation_code = 'SNV';
UPDATE plan SET organisation_code = 'SNV';
ALTER TABLE unit ALTER COLUMN organisation_code SET NOT NULL;
ALTER TABLE officer ALTER COLUMN organisation_code SET NOT NULL;
ALTER TABLE plan ALTER COLUMN organisation_code SET NOT NULL;
CREATE INDEX unit_organisation_idx ON unit (organisation_code);
CREATE INDEX officer_organisation_idx ON officer (organisation_code);
CREATE INDEX plan_organisation_idx ON plan (organisation_code);

-- A unit dissolved from a date (no longer exists on and after it), possibly merged into another unit.
ALTER TABLE unit ADD COLUMN dissolved_on DATE;
ALTER TABLE unit ADD COLUMN merged_into VARCHAR(16) REFERENCES unit (code);

-- joined_on null: a member since before records began; left_on: the first day the officer no longer belongs.
ALTER TABLE officer ADD COLUMN contract_type VARCHAR(16) NOT NULL DEFAULT 'BIEN_CHE'
    CHECK (contract_type IN ('BIEN_CHE', 'HOP_DONG'));
UPDATE officer SET contract_type = 'HOP_DONG' WHERE quota_group = 'contract';
ALTER TABLE officer ALTER COLUMN contract_type DROP DEFAULT;
ALTER TABLE officer ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE officer ADD COLUMN joined_on DATE;
ALTER TABLE officer ADD COLUMN left_on DATE;

-- Where an officer works and as what, from a date until the next row; unit_code null for the leadership.
CREATE TABLE officer_assignment (
    id             BIGSERIAL    PRIMARY KEY,
    officer_id     BIGINT       NOT NULL REFERENCES officer (id),
    unit_code      VARCHAR(16)  REFERENCES unit (code),
    position       VARCHAR(100) NOT NULL,
    effective_from DATE         NOT NULL,
    UNIQUE (officer_id, effective_from)
);

INSERT INTO officer_assignment (officer_id, unit_code, position, effective_from)
SELECT id, unit_code, position, DATE '2000-01-01' FROM officer;

DROP INDEX officer_unit_idx;
ALTER TABLE officer DROP COLUMN unit_code;
ALTER TABLE officer DROP COLUMN position;
CREATE INDEX officer_assignment_unit_idx ON officer_assignment (unit_code);

CREATE TABLE officer_leave (
    id          BIGSERIAL    PRIMARY KEY,
    officer_id  BIGINT       NOT NULL REFERENCES officer (id),
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('MATERNITY', 'SICK', 'STUDY', 'OTHER')),
    from_date   DATE         NOT NULL,
    to_date     DATE         NOT NULL CHECK (to_date >= from_date),
    note        VARCHAR(500),
    recorded_by VARCHAR(64)  NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX officer_leave_officer_idx ON officer_leave (officer_id);

-- Officers created through the API get ids above every demo id.
CREATE SEQUENCE officer_id_seq START WITH 1000;

-- The problems the last dry run of an import into a draft found; a draft is published only without them.
ALTER TABLE plan ADD COLUMN last_check_problems INTEGER;

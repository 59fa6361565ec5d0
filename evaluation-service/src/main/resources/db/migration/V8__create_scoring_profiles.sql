-- Scoring settings as data, by period (issue 14): each organisation's HY-540 settings as numbered versions, each in
-- force from its first month; version 1 is seeded from the configuration at first use. settings is the JSON of
-- scoring-hy540 §10 ("name in the rules", e.g. {"scale":{"generalMax":30,...},"lateMode":"partial-credit",...}).
CREATE TABLE scoring_profile (
    organisation_code VARCHAR(32)   NOT NULL,
    version           INT           NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    first_month       VARCHAR(7)    NOT NULL,
    settings          TEXT          NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (organisation_code, version)
);

-- A publication records its inputs: the profile version it was rated by, the Director's quota exceptions (JSON list
-- of {group, ratio, reason}), the SHA-256 of the stored facts it was computed from and the time of the latest event it
-- saw (events received later, e.g. of a task completed after the cut-off, are not among its inputs). Months published
-- before this migration have none recorded: they are verified with the profile in force and no exception.
ALTER TABLE published_month ADD COLUMN profile_version INT;
ALTER TABLE published_month ADD COLUMN quota_exceptions TEXT;
ALTER TABLE published_month ADD COLUMN inputs_digest VARCHAR(64);
ALTER TABLE published_month ADD COLUMN inputs_received_by TIMESTAMPTZ;

-- Several organisations (issue 9): every task fact carries the organisation of its task, taken from the events'
-- organisationCode, and the month's publication (with its snapshot and the Director's adjustments) is per
-- organisation and month. Everything stored before belongs to the Department, the only organisation there was.
-- An event without organisationCode (the old wire format) leaves its fact's organisation empty: such a task is in
-- no organisation's view and counts in no organisation's month.
ALTER TABLE task_fact ADD COLUMN organisation_code VARCHAR(32);
UPDATE task_fact SET organisation_code = 'SNV';

DROP INDEX task_fact_window_idx;
CREATE INDEX task_fact_window_idx ON task_fact (organisation_code, first_due_date, last_due_date);

ALTER TABLE rating_adjustment DROP CONSTRAINT rating_adjustment_month_fkey;

ALTER TABLE published_month ADD COLUMN organisation_code VARCHAR(32) NOT NULL DEFAULT 'SNV';
ALTER TABLE published_month ALTER COLUMN organisation_code DROP DEFAULT;
ALTER TABLE published_month DROP CONSTRAINT published_month_pkey;
ALTER TABLE published_month ADD PRIMARY KEY (organisation_code, month);

ALTER TABLE rating_adjustment ADD COLUMN organisation_code VARCHAR(32) NOT NULL DEFAULT 'SNV';
ALTER TABLE rating_adjustment ALTER COLUMN organisation_code DROP DEFAULT;
ALTER TABLE rating_adjustment ADD FOREIGN KEY (organisation_code, month)
    REFERENCES published_month (organisation_code, month);

DROP INDEX rating_adjustment_month_idx;
CREATE INDEX rating_adjustment_month_idx ON rating_adjustment (organisation_code, month, officer_id, id);

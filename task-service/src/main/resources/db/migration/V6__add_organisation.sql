-- Every task and recurring assignment belongs to one organisation (plan-service's organisation code): that of the
-- caller who assigned it, or of the recurring assignment a month's task comes from. The rows written before there
-- were organisations are the Department's (SNV). The default only fills them; every write names its organisation.
ALTER TABLE task ADD COLUMN organisation_code VARCHAR(32) NOT NULL DEFAULT 'SNV';
ALTER TABLE task ALTER COLUMN organisation_code DROP DEFAULT;
ALTER TABLE recurring_assignment ADD COLUMN organisation_code VARCHAR(32) NOT NULL DEFAULT 'SNV';
ALTER TABLE recurring_assignment ALTER COLUMN organisation_code DROP DEFAULT;

-- Every list is read within the caller's organisation: the list indexes of V4__index_task_lists.sql now lead with
-- it, so that each list (and the catalogue items' progress) is still read from an index in its order.
DROP INDEX task_unit_due_idx;
DROP INDEX task_assignee_due_idx;
DROP INDEX task_plan_item_due_idx;
DROP INDEX task_status_due_idx;
DROP INDEX task_open_unit_due_idx;
DROP INDEX task_open_assignee_due_idx;
DROP INDEX task_open_due_idx;
CREATE INDEX task_unit_due_idx ON task (organisation_code, unit_code, due_date, id);
CREATE INDEX task_assignee_due_idx ON task (organisation_code, assignee_id, due_date, id);
CREATE INDEX task_plan_item_due_idx ON task (organisation_code, plan_item_id, due_date, id);
CREATE INDEX task_status_due_idx ON task (organisation_code, status, due_date, id);
CREATE INDEX task_open_unit_due_idx ON task (organisation_code, unit_code, due_date, id)
    WHERE status NOT IN ('DONE', 'CANCELLED');
CREATE INDEX task_open_assignee_due_idx ON task (organisation_code, assignee_id, due_date, id)
    WHERE status NOT IN ('DONE', 'CANCELLED');
CREATE INDEX task_open_due_idx ON task (organisation_code, due_date, id) WHERE status NOT IN ('DONE', 'CANCELLED');

-- GET /api/tasks/recurring: an organisation's assignments by unit, then age.
CREATE INDEX recurring_assignment_unit_idx ON recurring_assignment (organisation_code, unit_code, id);

-- The totals of the lists of GET /api/tasks (docs/benchmarks.md, "Lists: what the API runs").
-- "Overdue" and "due soon" are measured against the rated due date (V11) and concern work in progress (ASSIGNED or
-- RETURNED): their totals counted every open task of the unit (or officer, or organisation) from the heap, since the
-- indexes of V6 hold the due date only. These partial indexes hold exactly the work in progress by rated due date,
-- written with the same literals as the list query, so a total is a range of index entries.
CREATE INDEX task_in_progress_unit_rated_idx ON task (organisation_code, unit_code, rated_due_date)
    WHERE status IN ('ASSIGNED', 'RETURNED');
CREATE INDEX task_in_progress_assignee_rated_idx ON task (organisation_code, assignee_id, rated_due_date)
    WHERE status IN ('ASSIGNED', 'RETURNED');
CREATE INDEX task_in_progress_rated_idx ON task (organisation_code, rated_due_date)
    WHERE status IN ('ASSIGNED', 'RETURNED');
-- The unit board's total (a unit's open tasks) counts every entry of the unit in task_open_unit_due_idx. Without the
-- due date and id, all entries of a unit share one key and PostgreSQL stores them deduplicated: the same count reads
-- a tenth of the pages and runs about 2.5 times as fast. The page itself still comes from task_open_unit_due_idx.
CREATE INDEX task_open_unit_idx ON task (organisation_code, unit_code) WHERE status NOT IN ('DONE', 'CANCELLED');

-- The lists of GET /api/tasks read from an index in their order (due date, then id): my tasks, a unit's tasks,
-- a catalogue item's tasks, a status; and the open ones (overdue, due soon) from partial indexes that leave out the
-- done and cancelled majority. The list query writes the open condition exactly as these predicates do.
DROP INDEX task_unit_due_idx;
DROP INDEX task_assignee_due_idx;
CREATE INDEX task_unit_due_idx ON task (unit_code, due_date, id);
CREATE INDEX task_assignee_due_idx ON task (assignee_id, due_date, id);
CREATE INDEX task_plan_item_due_idx ON task (plan_item_id, due_date, id);
CREATE INDEX task_status_due_idx ON task (status, due_date, id);
CREATE INDEX task_open_unit_due_idx ON task (unit_code, due_date, id) WHERE status NOT IN ('DONE', 'CANCELLED');
CREATE INDEX task_open_assignee_due_idx ON task (assignee_id, due_date, id) WHERE status NOT IN ('DONE', 'CANCELLED');
CREATE INDEX task_open_due_idx ON task (due_date, id) WHERE status NOT IN ('DONE', 'CANCELLED');

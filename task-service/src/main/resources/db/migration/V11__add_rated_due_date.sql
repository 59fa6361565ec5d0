-- The due date the monthly rating scores a task against (common's Overdue): the first due date, moved only by
-- extensions approved for an objective cause. Existing tasks: the granted date of the last objective extension,
-- else the due date before the first approved extension, else the due date.
ALTER TABLE task ADD COLUMN rated_due_date DATE;

UPDATE task t SET rated_due_date = COALESCE(
    (SELECT e.requested_due_date FROM task_extension e
      WHERE e.task_id = t.id AND e.status = 'APPROVED' AND e.objective_cause ORDER BY e.id DESC LIMIT 1),
    (SELECT e.previous_due_date FROM task_extension e
      WHERE e.task_id = t.id AND e.status = 'APPROVED' ORDER BY e.id LIMIT 1),
    t.due_date);

ALTER TABLE task ALTER COLUMN rated_due_date SET NOT NULL;

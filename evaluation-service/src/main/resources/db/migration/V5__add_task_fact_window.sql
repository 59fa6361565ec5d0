-- The months a task can count in (scoring-hy540 §2): its earliest and latest due dates, and the day it was
-- accepted or cancelled (Vietnam time). A month reads the events of the tasks whose window meets it, not
-- every event ever received.
ALTER TABLE task_fact
    ADD COLUMN first_due_date DATE,
    ADD COLUMN last_due_date  DATE,
    ADD COLUMN closed_on      DATE;

UPDATE task_fact f
SET first_due_date = w.first_due, last_due_date = w.last_due, closed_on = w.closed
FROM (SELECT task_id,
             min((payload::jsonb ->> 'dueDate')::date) AS first_due,
             max((payload::jsonb ->> 'dueDate')::date) AS last_due,
             min((occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
                 FILTER (WHERE type = 'TaskCancelled'
                     OR (type = 'TaskReviewed' AND payload::jsonb ->> 'verdict' = 'ACCEPTED')) AS closed
      FROM task_event
      GROUP BY task_id) w
WHERE w.task_id = f.task_id;

ALTER TABLE task_fact
    ALTER COLUMN first_due_date SET NOT NULL,
    ALTER COLUMN last_due_date SET NOT NULL;

CREATE INDEX task_fact_window_idx ON task_fact (first_due_date, last_due_date);

-- A province-size month for evaluation-service/bench/month.sh: every unit member of plan-directory.py (:units units
-- of 20, officer ids from 1000) gets 20 tasks due in :'month', each assigned, submitted and accepted (one in seven a
-- day or two late); three events per task, and each task's fact with its product folded from them, as the consumer
-- stores them. With :assess = 1, every member is also self-assessed (9 + 9 + 8) and reviewed (G = 26; for the head
-- and deputy head, the approver's đ where the rules leave it to them: 75) and every unit scored (G_u = 27): the month
-- can be published.
--   psql -v units=2500 -v month=2026-10 -v assess=0 -f load-month.sql
CREATE TEMP TABLE bench_task AS
SELECT o.id * 100 + k AS task_id, o.id AS assignee_id, 'U' || lpad(o.unit::text, 4, '0') AS unit_code,
       (:'month' || '-01')::date + (k % 28) AS due_date,
       (:'month' || '-01')::date + (k % 28) + CASE WHEN (o.id + k) % 7 = 0 THEN 1 + (o.id % 2) ELSE -1 END AS done_on
FROM (SELECT 1000 + u * 20 + i AS id, u AS unit FROM generate_series(0, :units - 1) u, generate_series(0, 19) i) o,
     generate_series(0, 19) k;

CREATE FUNCTION pg_temp.at9(day date) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char((day + time '09:00') AT TIME ZONE 'Asia/Ho_Chi_Minh' AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

INSERT INTO task_event (event_id, task_id, sequence, type, occurred_at, payload, received_at)
SELECT id, task_id, sequence, type, occurred::timestamptz, jsonb_strip_nulls(jsonb_build_object(
           'eventId', id, 'type', type, 'version', 1, 'occurredAt', occurred, 'sequence', sequence,
           'taskId', task_id, 'organisationCode', 'SNV', 'unitCode', unit_code, 'assigneeId', assignee_id,
           'dueDate', due_date, 'weight', 1, 'title', CASE WHEN sequence = 1 THEN 'Nhiệm vụ thử ' || task_id END,
           'submittedAt', CASE WHEN sequence > 1 THEN pg_temp.at9(done_on) END,
           'documentNumber', CASE WHEN sequence = 2 THEN task_id || '/BC' END,
           'verdict', CASE WHEN sequence = 3 THEN 'ACCEPTED' END,
           'majorError', CASE WHEN sequence = 3 THEN false END,
           'actor', 'head.' || unit_code))::text, now()
FROM (SELECT gen_random_uuid() AS id, t.*, s AS sequence,
             (ARRAY['TaskAssigned', 'TaskSubmitted', 'TaskReviewed'])[s] AS type,
             CASE s WHEN 1 THEN pg_temp.at9(due_date - 20) ELSE pg_temp.at9(done_on) END AS occurred
      FROM bench_task t, generate_series(1, 3) s) e;

INSERT INTO task_fact (task_id, sequence, plan_item_id, organisation_code, title, unit_code, assignee_id, due_date,
                       weight, last_type, first_due_date, last_due_date, closed_on, initial_due_date, cancelled,
                       extension_due_dates, extension_objective, submitted_at, submission_verdicts,
                       submission_major_errors, event_ids)
SELECT t.task_id, 3, NULL, 'SNV', 'Nhiệm vụ thử ' || t.task_id, t.unit_code, t.assignee_id, t.due_date, 1,
       'TaskReviewed', t.due_date, t.due_date, t.done_on, t.due_date, false, '{}', '{}',
       ARRAY[pg_temp.at9(t.done_on)::timestamptz], '{ACCEPTED}', '{false}', e.ids
FROM bench_task t
JOIN (SELECT task_id, array_agg(event_id ORDER BY sequence) AS ids FROM task_event GROUP BY task_id) e USING (task_id);

INSERT INTO officer_assessment (month, officer_id, group_i, group_ii, group_iii, remarks, self_assessed_at,
                                self_assessed_late, general_score, disciplined, degraded, corruption_in_unit,
                                reviewed_by, reviewed_at, reviewed_late, organising_choice)
SELECT :'month', 1000 + u * 20 + i, 9, 9, 8, NULL, now(), false, 26, false, false, false,
       CASE WHEN i = 0 THEN 'deputy1' ELSE 'head.' || u END, now(), false, CASE WHEN i < 2 THEN 75 END
FROM generate_series(0, :units - 1) u, generate_series(0, 19) i
WHERE :assess = 1;

INSERT INTO unit_assessment (month, unit_code, general_score, note, reviewed_by, reviewed_at, reviewed_late)
SELECT :'month', 'U' || lpad(u::text, 4, '0'), 27, NULL, 'deputy1', now(), false
FROM generate_series(0, :units - 1) u
WHERE :assess = 1;

-- Vacuumed, not only analysed: after a million new rows autovacuum would otherwise scan both tables during the
-- first reads that follow and take a core from them (the cold page varied from 10 to 18 s with the same code).
VACUUM (ANALYZE) task_event;
VACUUM (ANALYZE) task_fact;

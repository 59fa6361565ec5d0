-- Fills the task-service benchmark database (task_bench, migrated by the service) with 1,000,000 tasks of the
-- Department's (SNV) officers over eight years (2020-2027), most of the past ones done, 2 % still open (overdue), and
-- 60,000 more open tasks of officer.cchc.1 for the submission run. Replaces whatever the tables held.
-- psql -v tasks=N -v reports=M changes the counts (bench.sh --quick loads fewer).
\set ON_ERROR_STOP on
\if :{?tasks}
\else
\set tasks 1000000
\endif
\if :{?reports}
\else
\set reports 60000
\endif
\timing on

CREATE TEMP TABLE demo_officer (organisation_code TEXT, id BIGINT, username TEXT, full_name TEXT, unit_code TEXT,
    position TEXT, role TEXT, quota_group TEXT);
\copy demo_officer FROM '../../common/src/main/resources/demo/officers.csv' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE staff AS
    SELECT row_number() OVER (ORDER BY id) AS n, id, unit_code FROM demo_officer
    WHERE organisation_code = 'SNV' AND unit_code IS NOT NULL;

TRUNCATE task, task_history, task_submission, task_extension, outbox_event, recurring_month, recurring_assignment
    RESTART IDENTITY CASCADE;

INSERT INTO task (organisation_code, plan_item_id, title, unit_code, assignee_id, assigned_by, due_date,
                  rated_due_date, expected_product, weight, status, created_at, completed_at)
SELECT 'SNV', 1 + g % 196, 'Nhiệm vụ thử tải số ' || g, s.unit_code, s.id, 'head.' || lower(s.unit_code), d.due,
       d.due, 'Báo cáo', 1,
       CASE WHEN d.due >= current_date THEN CASE WHEN g % 10 = 0 THEN 'SUBMITTED' ELSE 'ASSIGNED' END
            WHEN g % 50 = 0 THEN 'ASSIGNED'
            WHEN g % 50 = 1 THEN 'CANCELLED'
            ELSE 'DONE' END,
       (d.due - 30)::timestamptz,
       CASE WHEN d.due < current_date AND g % 50 > 1 THEN (d.due - g % 5)::timestamptz END
FROM generate_series(1, :tasks) AS g
JOIN staff s ON s.n = 1 + g % (SELECT count(*) FROM staff)
CROSS JOIN LATERAL (SELECT DATE '2020-01-01' + g % 2920 AS due) d;

INSERT INTO task (organisation_code, title, unit_code, assignee_id, assigned_by, due_date, rated_due_date, weight,
                  status, created_at)
SELECT 'SNV', 'Nhiệm vụ để báo cáo hoàn thành số ' || g, 'CCHC', o.id, 'head.cchc', DATE '2027-06-30',
       DATE '2027-06-30', 1, 'ASSIGNED', now()
FROM generate_series(1, :reports) AS g, demo_officer o WHERE o.username = 'officer.cchc.1';

VACUUM ANALYZE task;
SELECT status, count(*) FROM task GROUP BY status ORDER BY status;
SELECT min(id), max(id) FROM task WHERE title LIKE 'Nhiệm vụ để báo cáo%';

-- Adds :years years of history before the stored one: every stored task and event copied 1, 2, ... :years years
-- earlier, with new ids and every date in the payload moved back too. For measuring how the month's reads grow with
-- the history kept (bench/month-reads.sh); run on a copy of the demo, never on real data. The copies' facts are not
-- folded (event_ids null): a month reads those tasks from their events until the service, at its next start, folds
-- them (docs/operations.md, "Tasks folded by the consumer").
--   psql -h 127.0.0.1 -U evaluation -d evaluation_stress -v years=10 -f history.sql
CREATE TEMP TABLE original AS SELECT * FROM task_event;
CREATE TEMP TABLE original_fact AS SELECT * FROM task_fact;

CREATE FUNCTION pg_temp.back(value text, years int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN NULL
                WHEN length(value) = 10 THEN ((value::date) - make_interval(years => years))::date::text
                ELSE to_char((value::timestamptz - make_interval(years => years)) AT TIME ZONE 'UTC',
                             'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END
$$;

INSERT INTO task_event (event_id, task_id, sequence, type, occurred_at, payload, received_at)
SELECT id, task_id + y * 100000000, sequence, type, occurred_at - make_interval(years => y),
       jsonb_strip_nulls(payload::jsonb || jsonb_build_object(
           'eventId', id, 'taskId', task_id + y * 100000000,
           'occurredAt', pg_temp.back(payload::jsonb ->> 'occurredAt', y),
           'dueDate', pg_temp.back(payload::jsonb ->> 'dueDate', y),
           'previousDueDate', pg_temp.back(payload::jsonb ->> 'previousDueDate', y),
           'submittedAt', pg_temp.back(payload::jsonb ->> 'submittedAt', y)))::text,
       received_at
FROM (SELECT e.*, y, gen_random_uuid() AS id FROM original e, generate_series(1, :years) y) copies;

INSERT INTO task_fact (task_id, sequence, plan_item_id, organisation_code, title, unit_code, assignee_id, due_date,
                       weight, last_type, first_due_date, last_due_date, closed_on)
SELECT f.task_id + y * 100000000, f.sequence, f.plan_item_id, f.organisation_code, f.title, f.unit_code, f.assignee_id,
       (f.due_date - make_interval(years => y))::date, f.weight, f.last_type,
       (f.first_due_date - make_interval(years => y))::date, (f.last_due_date - make_interval(years => y))::date,
       (f.closed_on - make_interval(years => y))::date
FROM original_fact f, generate_series(1, :years) y;

SELECT count(*) AS events, count(DISTINCT task_id) AS tasks FROM task_event;

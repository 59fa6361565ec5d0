-- The SQL Hibernate sends for the two benchmarked lists (from quarkus.hibernate-orm.log.sql), with the parameters
-- of the run: officer.cchc.2's tasks (officer id :officer), and head.cchc's overdue tasks of CCHC.
\set ON_ERROR_STOP on
\set officer 50
EXPLAIN (ANALYZE, BUFFERS) SELECT t1_0.id, t1_0.assigned_by, t1_0.assignee_id, t1_0.completed_at, t1_0.created_at,
       t1_0.due_date, t1_0.expected_product, t1_0.parent_id, t1_0.plan_item_id, t1_0.rated_due_date, t1_0.status, t1_0.title,
       t1_0.organisation_code, t1_0.unit_code, t1_0.version, t1_0.weight
FROM task t1_0 WHERE t1_0.organisation_code = 'SNV' AND (t1_0.assignee_id = :officer) ORDER BY t1_0.due_date, t1_0.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM task t1_0 WHERE t1_0.organisation_code = 'SNV' AND (t1_0.assignee_id = :officer);
EXPLAIN (ANALYZE, BUFFERS) SELECT t1_0.id, t1_0.assigned_by, t1_0.assignee_id, t1_0.completed_at, t1_0.created_at,
       t1_0.due_date, t1_0.expected_product, t1_0.parent_id, t1_0.plan_item_id, t1_0.rated_due_date, t1_0.status, t1_0.title,
       t1_0.organisation_code, t1_0.unit_code, t1_0.version, t1_0.weight
FROM task t1_0 WHERE t1_0.organisation_code = 'SNV' AND t1_0.unit_code = 'CCHC' AND t1_0.status IN ('ASSIGNED', 'RETURNED') AND t1_0.rated_due_date < current_date
ORDER BY t1_0.due_date, t1_0.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM task t1_0
WHERE t1_0.organisation_code = 'SNV' AND t1_0.unit_code = 'CCHC' AND t1_0.status IN ('ASSIGNED', 'RETURNED') AND t1_0.rated_due_date < current_date;

-- pgbench: the two statements task-service runs for one page of this list (the page and its total), as Hibernate
-- sends them (quarkus.hibernate-orm.log.sql), with the benchmark's caller.
SELECT t1_0.id, t1_0.assigned_by, t1_0.assignee_id, t1_0.completed_at, t1_0.created_at, t1_0.due_date, t1_0.expected_product, t1_0.parent_id, t1_0.plan_item_id, t1_0.rated_due_date, t1_0.status, t1_0.title, t1_0.organisation_code, t1_0.unit_code, t1_0.version, t1_0.weight FROM task t1_0 WHERE t1_0.organisation_code = 'SNV' AND (t1_0.assignee_id = 50) ORDER BY t1_0.due_date, t1_0.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;
SELECT count(*) FROM task t1_0 WHERE t1_0.organisation_code = 'SNV' AND (t1_0.assignee_id = 50);

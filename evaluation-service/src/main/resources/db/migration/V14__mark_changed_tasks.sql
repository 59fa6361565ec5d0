-- The change marks of stored events and facts name the tasks they touch (issue 10): a kept list of a month's tasks
-- (ComputedMonths) is brought up to date by rebuilding only those tasks from their events, instead of reading every
-- event of the month again. task_ids: the tasks a transaction inserted or updated events or facts of (a task may be
-- listed more than once); all_tasks: it updated or deleted events, deleted facts or truncated either table, by hand,
-- and every kept task list is read again. Marks of the other inputs name no task.
ALTER TABLE input_change
    ADD COLUMN task_ids  BIGINT[] NOT NULL DEFAULT '{}',
    ADD COLUMN all_tasks BOOLEAN  NOT NULL DEFAULT false;

-- Adds task ids to the current transaction's mark.
CREATE FUNCTION mark_tasks(ids BIGINT[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO input_change (txid, task_ids) VALUES (pg_current_xact_id(), ids)
    ON CONFLICT (txid) DO UPDATE SET task_ids = input_change.task_ids || excluded.task_ids;
$$;

-- Statements whose rows are in the transition table changed_rows (inserts).
CREATE FUNCTION mark_changed_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM mark_tasks(ARRAY(SELECT DISTINCT task_id FROM changed_rows));
    RETURN NULL;
END;
$$;

-- Updates of facts: the tasks before and after (a task id changed by hand names both).
CREATE FUNCTION mark_updated_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM mark_tasks(ARRAY(SELECT task_id FROM changed_rows UNION SELECT task_id FROM old_rows));
    RETURN NULL;
END;
$$;

CREATE FUNCTION mark_all_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO input_change (txid, all_tasks) VALUES (pg_current_xact_id(), true)
    ON CONFLICT (txid) DO UPDATE SET all_tasks = true;
    RETURN NULL;
END;
$$;

DROP TRIGGER task_event_changed ON task_event;
DROP TRIGGER task_fact_changed ON task_fact;

CREATE TRIGGER task_event_inserted AFTER INSERT ON task_event REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mark_changed_tasks();
CREATE TRIGGER task_event_rewritten AFTER UPDATE OR DELETE OR TRUNCATE ON task_event
    FOR EACH STATEMENT EXECUTE FUNCTION mark_all_tasks();
CREATE TRIGGER task_fact_inserted AFTER INSERT ON task_fact REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mark_changed_tasks();
CREATE TRIGGER task_fact_updated AFTER UPDATE ON task_fact REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mark_updated_tasks();
CREATE TRIGGER task_fact_rewritten AFTER DELETE OR TRUNCATE ON task_fact
    FOR EACH STATEMENT EXECUTE FUNCTION mark_all_tasks();

-- Each task's product as scoring reads it (issue 10), folded by the consumer from the task's events in sequence order
-- and kept with its fact: a month reads one row per task instead of parsing every event of the month again. The
-- product's due date as first set; cancelled; the due-date changes (new due date, objective cause), in the order
-- granted; the submissions (time, verdict PENDING / ACCEPTED / RETURNED, major error), in the order first seen; and the
-- ids of the events folded, in sequence order. event_ids is null while a fact has not been folded (stored before this
-- migration): its product is then read from its events, and the consumer folds it again from them at its next event.
ALTER TABLE task_fact
    ADD COLUMN initial_due_date        DATE,
    ADD COLUMN cancelled               BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN extension_due_dates     DATE[],
    ADD COLUMN extension_objective     BOOLEAN[],
    ADD COLUMN submitted_at            TIMESTAMPTZ[],
    ADD COLUMN submission_verdicts     VARCHAR(16)[],
    ADD COLUMN submission_major_errors BOOLEAN[],
    ADD COLUMN event_ids               UUID[];

-- The consumer only inserts events. Events updated, deleted or truncated by hand leave the facts of their tasks not
-- folded, so that they are read from the events that remain and folded again at their next event (a task with no
-- event left is in no month). An event inserted by hand is read once its fact's event_ids is set to null the same way.
CREATE FUNCTION unfold_rewritten_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE task_fact SET event_ids = NULL
    WHERE task_id IN (SELECT task_id FROM old_rows) AND event_ids IS NOT NULL;
    RETURN NULL;
END;
$$;

CREATE FUNCTION unfold_updated_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE task_fact SET event_ids = NULL
    WHERE task_id IN (SELECT task_id FROM old_rows UNION SELECT task_id FROM changed_rows) AND event_ids IS NOT NULL;
    RETURN NULL;
END;
$$;

CREATE FUNCTION unfold_all_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE task_fact SET event_ids = NULL WHERE event_ids IS NOT NULL;
    RETURN NULL;
END;
$$;

CREATE TRIGGER task_event_updated_unfold AFTER UPDATE ON task_event
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION unfold_updated_tasks();
CREATE TRIGGER task_event_deleted_unfold AFTER DELETE ON task_event REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION unfold_rewritten_tasks();
CREATE TRIGGER task_event_truncated_unfold AFTER TRUNCATE ON task_event
    FOR EACH STATEMENT EXECUTE FUNCTION unfold_all_tasks();

-- Change marks (issue 10): one row per transaction that wrote an input of a month's computation, written by triggers
-- so that every writer is covered (the consumer, REST writes, SQL run by hand or by a benchmark). A computed month is
-- kept with the snapshot it was computed under and used again only while no mark is invisible to that snapshot
-- (ComputedMonths). One row per writing transaction, never a counter row: two consumers are not serialised on it.
-- Rows older than an hour are deleted by the service (kept months live ten minutes).
CREATE TABLE input_change (
    txid xid8 PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION mark_input_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO input_change (txid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER task_event_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON task_event
    FOR EACH STATEMENT EXECUTE FUNCTION mark_input_change();
CREATE TRIGGER task_fact_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON task_fact
    FOR EACH STATEMENT EXECUTE FUNCTION mark_input_change();
CREATE TRIGGER officer_assessment_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON officer_assessment
    FOR EACH STATEMENT EXECUTE FUNCTION mark_input_change();
CREATE TRIGGER unit_assessment_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_assessment
    FOR EACH STATEMENT EXECUTE FUNCTION mark_input_change();
CREATE TRIGGER exemption_request_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON exemption_request
    FOR EACH STATEMENT EXECUTE FUNCTION mark_input_change();
CREATE TRIGGER scoring_profile_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON scoring_profile
    FOR EACH STATEMENT EXECUTE FUNCTION mark_input_change();

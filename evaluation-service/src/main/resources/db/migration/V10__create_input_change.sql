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

-- One statement-level trigger per input table (<table>_changed): fired once per statement, even one that changes no
-- row, it costs one index probe per statement of a writing transaction after its first.
DO $$
DECLARE
    input TEXT;
BEGIN
    FOREACH input IN ARRAY ARRAY['task_event', 'task_fact', 'officer_assessment', 'unit_assessment',
            'exemption_request', 'scoring_profile'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                'FOR EACH STATEMENT EXECUTE FUNCTION mark_input_change()', input || '_changed', input);
    END LOOP;
END;
$$;

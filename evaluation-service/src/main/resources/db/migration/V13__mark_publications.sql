-- A kept dashboard (ComputedMonths) shows published months in its trend: a publication, its officers' rows and the
-- Director's adjustments leave change marks too (V10), so that the next read after any of them computes again.
DO $$
DECLARE
    input TEXT;
BEGIN
    FOREACH input IN ARRAY ARRAY['published_month', 'published_officer', 'rating_adjustment'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                'FOR EACH STATEMENT EXECUTE FUNCTION mark_input_change()', input || '_changed', input);
    END LOOP;
END;
$$;

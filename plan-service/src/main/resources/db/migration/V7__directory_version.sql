-- A number that grows with every committed change of what evaluation-service reads as a month's directory: units,
-- officers with their postings and leaves, deputy heads' fields, catalogue items' fields (GET /api/directory/version).
-- evaluation-service reads it before the directory and keeps a directory read under the same number, so that a
-- province-size directory (megabytes of JSON) is fetched again only after a change. Statement-level triggers bump it
-- in the writing transaction, so it changes exactly when the change becomes visible, whoever writes (the API, a
-- migration, SQL by hand). One number for every organisation: a change anywhere makes every organisation's
-- directory be read again, which is rare next to the reads it saves.
CREATE TABLE directory_version (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    version   BIGINT  NOT NULL
);
INSERT INTO directory_version (version) VALUES (1);

CREATE FUNCTION directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE directory_version SET version = version + 1;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisation', 'unit', 'officer', 'officer_assignment', 'officer_leave',
                             'deputy_assignment', 'deputy_assignment_field', 'plan', 'plan_item']
    LOOP
        EXECUTE format('CREATE TRIGGER directory_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION directory_changed()', t);
    END LOOP;
END
$$;

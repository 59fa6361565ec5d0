-- The relay sleeps until events are written: every transaction that writes outbox rows notifies the channel
-- outbox_event, delivered when (and only if) it commits. The relay listens on a connection of its own and still
-- looks every app.outbox.interval, so a lost notification only delays events.
CREATE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox();

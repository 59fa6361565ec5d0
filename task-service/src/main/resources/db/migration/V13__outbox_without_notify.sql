-- The relay is woken inside task-service at the commit of each transaction that wrote outbox rows
-- (event.OutboxListener), no longer by NOTIFY: PostgreSQL serialises the commits of all notifying transactions (a
-- transaction holds a database-wide lock from its NOTIFY's queueing until its commit is flushed), which held
-- completion reports to a few hundred per second however many connections wrote them (docs/benchmarks.md).
DROP TRIGGER outbox_event_notify ON outbox_event;
DROP FUNCTION notify_outbox();

-- Reminders of the month's schedule (self-assessment, review, G_u, publication: evaluation-service's pending steps)
-- share the notification centre with the task reminders. They concern no task, so task_id becomes optional, and
-- every notification keeps the page it links to. A month's step is identified by organisation, step, recipient and
-- occasion (the month's first day): the partial unique index lets writers insert with ON CONFLICT DO NOTHING as for
-- tasks (whose NULL-free unique key notification_once stays), so each step is reminded once per month and recipient.
ALTER TABLE notification ALTER COLUMN task_id DROP NOT NULL;
ALTER TABLE notification ADD COLUMN link VARCHAR(200);
UPDATE notification SET link = '/tasks/' || task_id;
ALTER TABLE notification ALTER COLUMN link SET NOT NULL;

CREATE UNIQUE INDEX notification_month_step_once ON notification (organisation_code, step, recipient_kind, recipient,
                                                                   occasion) WHERE task_id IS NULL;

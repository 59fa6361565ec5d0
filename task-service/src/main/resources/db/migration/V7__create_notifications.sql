-- Reminders and escalations (đôn đốc) as the notification centre shows them. The unique key is the reminder's
-- identity: task, step, recipient and occasion (the due date of a once-per-step reminder, the day of a daily one, the
-- request's day of a decision). Writers insert with ON CONFLICT DO NOTHING, so any number of runs, restarts or
-- instances send each reminder once.
CREATE TABLE notification (
    id                BIGSERIAL     PRIMARY KEY,
    organisation_code VARCHAR(32)   NOT NULL,
    task_id           BIGINT        NOT NULL REFERENCES task (id),
    step              VARCHAR(24)   NOT NULL,
    recipient_kind    VARCHAR(8)    NOT NULL,
    recipient         VARCHAR(64)   NOT NULL,
    occasion          DATE          NOT NULL,
    message           VARCHAR(3000) NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL,
    read_at           TIMESTAMPTZ,
    CONSTRAINT notification_once UNIQUE (task_id, step, recipient_kind, recipient, occasion)
);

-- A recipient's notifications, newest first, and their unread count.
CREATE INDEX notification_recipient_idx ON notification (organisation_code, recipient_kind, recipient, id DESC);

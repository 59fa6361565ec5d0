-- E-mail of reminders. Each account chooses its address and whether it wants one mail per reminder or one daily
-- digest (PUT /api/notifications/settings); with the address are kept the token's claims that address reminders to it
-- (officer id, unit and whether it leads it, supervised units), refreshed whenever the account reads its notifications.
CREATE TABLE mail_subscriber (
    username          VARCHAR(64)   PRIMARY KEY,
    organisation_code VARCHAR(32)   NOT NULL,
    email             VARCHAR(254)  NOT NULL,
    daily_digest      BOOLEAN       NOT NULL,
    officer_id        BIGINT,
    unit_code         VARCHAR(16),
    leads_unit        BOOLEAN       NOT NULL,
    supervised_units  VARCHAR(1000) NOT NULL DEFAULT '',
    updated_at        TIMESTAMPTZ   NOT NULL
);

-- The mails to send, written in the reminder's transaction and sent after it commits by the mail relay; a failed
-- send is retried until app.mail.max-attempts. One mail per reminder and account, one digest per account and day.
CREATE TABLE mail_delivery (
    id              BIGSERIAL     PRIMARY KEY,
    username        VARCHAR(64)   NOT NULL,
    email           VARCHAR(254)  NOT NULL,
    notification_id BIGINT        REFERENCES notification (id),
    digest_day      DATE,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMPTZ   NOT NULL,
    sent_at         TIMESTAMPTZ,
    CONSTRAINT mail_delivery_reminder_once UNIQUE (notification_id, username),
    CONSTRAINT mail_delivery_digest_once UNIQUE (username, digest_day),
    CHECK ((notification_id IS NULL) <> (digest_day IS NULL))
);

CREATE INDEX mail_delivery_pending_idx ON mail_delivery (id) WHERE status = 'PENDING';

CREATE TABLE task (
    id               BIGSERIAL     PRIMARY KEY,
    parent_id        BIGINT        REFERENCES task (id),
    plan_item_id     BIGINT,
    title            VARCHAR(2000) NOT NULL,
    unit_code        VARCHAR(16)   NOT NULL,
    assignee_id      BIGINT,
    assigned_by      VARCHAR(64)   NOT NULL,
    due_date         DATE          NOT NULL,
    expected_product VARCHAR(200),
    weight           NUMERIC(6, 2) NOT NULL DEFAULT 1,
    status           VARCHAR(16)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    completed_at     TIMESTAMPTZ,
    version          BIGINT        NOT NULL DEFAULT 0
);

CREATE INDEX task_unit_due_idx ON task (unit_code, due_date);
CREATE INDEX task_assignee_due_idx ON task (assignee_id, due_date);
CREATE INDEX task_parent_idx ON task (parent_id);

CREATE TABLE task_history (
    id      BIGSERIAL    PRIMARY KEY,
    task_id BIGINT       NOT NULL REFERENCES task (id),
    at      TIMESTAMPTZ  NOT NULL,
    actor   VARCHAR(64)  NOT NULL,
    action  VARCHAR(32)  NOT NULL,
    detail  TEXT,
    client  VARCHAR(300)
);

CREATE INDEX task_history_task_idx ON task_history (task_id, id);

-- Transactional outbox: written with the change, relayed to Kafka in id order.
CREATE TABLE outbox_event (
    id           BIGSERIAL    PRIMARY KEY,
    event_id     UUID         NOT NULL UNIQUE,
    task_id      BIGINT       NOT NULL,
    type         VARCHAR(40)  NOT NULL,
    payload      TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    published_at TIMESTAMPTZ
);

CREATE INDEX outbox_unpublished_idx ON outbox_event (id) WHERE published_at IS NULL;

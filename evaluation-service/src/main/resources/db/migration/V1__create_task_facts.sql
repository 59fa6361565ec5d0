-- Every task event as received: the processed-id record and the facts scores are computed from.
CREATE TABLE task_event (
    event_id    UUID        PRIMARY KEY,
    task_id     BIGINT      NOT NULL,
    sequence    BIGINT      NOT NULL,
    type        VARCHAR(40) NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    payload     TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX task_event_task_idx ON task_event (task_id, sequence);

-- The latest known state of each task, from its newest event (by sequence).
CREATE TABLE task_fact (
    task_id      BIGINT        PRIMARY KEY,
    sequence     BIGINT        NOT NULL,
    plan_item_id BIGINT,
    title        VARCHAR(2000),
    unit_code    VARCHAR(16)   NOT NULL,
    assignee_id  BIGINT,
    due_date     DATE          NOT NULL,
    weight       NUMERIC(6, 2) NOT NULL,
    last_type    VARCHAR(40)   NOT NULL
);

CREATE INDEX task_fact_assignee_due_idx ON task_fact (assignee_id, due_date);
CREATE INDEX task_fact_unit_due_idx ON task_fact (unit_code, due_date);

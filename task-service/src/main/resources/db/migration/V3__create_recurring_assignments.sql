-- Recurring work (thường xuyên, trước ngày N hằng tháng): one assignment that produces one task every month.
CREATE TABLE recurring_assignment (
    id                 BIGSERIAL     PRIMARY KEY,
    plan_item_id       BIGINT        NOT NULL,
    title              VARCHAR(2000) NOT NULL,
    unit_code          VARCHAR(16)   NOT NULL,
    assignee_id        BIGINT,
    coordinating_units VARCHAR(1000) NOT NULL DEFAULT '',
    expected_product   VARCHAR(200),
    weight             NUMERIC(6, 2) NOT NULL,
    deadline           VARCHAR(100)  NOT NULL,
    assigned_by        VARCHAR(64)   NOT NULL,
    first_month        DATE          NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL
);

-- One row per recurring assignment and month (its first day), claimed with INSERT ... ON CONFLICT DO NOTHING
-- before the month's task is written: the primary key makes it exactly one task a month whatever the number of
-- scheduler runs or instances.
CREATE TABLE recurring_month (
    recurring_id BIGINT NOT NULL REFERENCES recurring_assignment (id),
    month        DATE   NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
    task_id      BIGINT REFERENCES task (id),
    PRIMARY KEY (recurring_id, month)
);

-- Exemption requests (scoring-hy540 §1, §2, §8): the officer asks that a product's late events and quality
-- returns not count, for an objective cause; the head (the supervising deputy director for a head) rules on it.
-- approved is NULL while pending. At most one request per product and month is pending or approved.
CREATE TABLE exemption_request (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    month          VARCHAR(7)    NOT NULL,
    officer_id     BIGINT        NOT NULL,
    task_id        BIGINT        NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    requested_by   VARCHAR(100)  NOT NULL,
    requested_at   TIMESTAMPTZ   NOT NULL,
    requested_late BOOLEAN       NOT NULL,
    approved       BOOLEAN,
    note           VARCHAR(2000),
    decided_by     VARCHAR(100),
    decided_at     TIMESTAMPTZ,
    decided_late   BOOLEAN
);

CREATE UNIQUE INDEX exemption_request_open_idx ON exemption_request (month, task_id)
    WHERE approved IS NULL OR approved;
CREATE INDEX exemption_request_month_idx ON exemption_request (month, officer_id, id);

-- Completion reports (báo cáo hoàn thành) and their review (nghiệm thu), one row per submission.
CREATE TABLE task_submission (
    id              BIGSERIAL     PRIMARY KEY,
    task_id         BIGINT        NOT NULL REFERENCES task (id),
    officer_id      BIGINT        NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    submitted_at    TIMESTAMPTZ   NOT NULL,
    document_number VARCHAR(100)  NOT NULL,
    issued_on       DATE          NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    link            VARCHAR(1000),
    verdict         VARCHAR(16),
    major_error     BOOLEAN,
    review_note     VARCHAR(2000),
    reviewed_by     VARCHAR(64),
    reviewed_at     TIMESTAMPTZ
);

CREATE INDEX task_submission_task_idx ON task_submission (task_id, id);

-- Extension requests (gia hạn) and their decisions.
CREATE TABLE task_extension (
    id                 BIGSERIAL     PRIMARY KEY,
    task_id            BIGINT        NOT NULL REFERENCES task (id),
    requested_by       VARCHAR(64)   NOT NULL,
    requested_at       TIMESTAMPTZ   NOT NULL,
    requested_due_date DATE          NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    previous_due_date  DATE          NOT NULL,
    objective_cause    BOOLEAN,
    decision_note      VARCHAR(2000),
    decided_by         VARCHAR(64),
    decided_at         TIMESTAMPTZ
);

CREATE INDEX task_extension_task_idx ON task_extension (task_id, id);

-- Writes an administrator made for another time or person (nhập bù) are marked as such.
ALTER TABLE task_history ADD COLUMN backfill BOOLEAN NOT NULL DEFAULT FALSE;

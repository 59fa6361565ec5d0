-- Fields of work (lĩnh vực) of Home Affairs, in the order section III of the plan lists them.
CREATE TABLE field_of_work (
    name     VARCHAR(100) PRIMARY KEY,
    position SMALLINT     NOT NULL UNIQUE
);

INSERT INTO field_of_work (name, position) VALUES
    ('Tổ chức bộ máy, biên chế, vị trí việc làm', 1),
    ('Xây dựng chính quyền, địa giới hành chính, công tác thanh niên', 2),
    ('Quản lý cán bộ, công chức, viên chức, đào tạo bồi dưỡng', 3),
    ('Cải cách hành chính', 4),
    ('Thanh tra, kiểm tra, pháp chế', 5),
    ('Tín ngưỡng, tôn giáo', 6),
    ('Thi đua, khen thưởng', 7),
    ('Văn thư, lưu trữ', 8),
    ('Quản lý, điều hành Sở', 9);

-- One row per version of a plan: an amendment (điều chỉnh, bổ sung) is a new row, never an edit.
CREATE TABLE plan (
    id              BIGSERIAL    PRIMARY KEY,
    code            VARCHAR(32)  NOT NULL,
    version         INTEGER      NOT NULL CHECK (version >= 1),
    title           VARCHAR(300) NOT NULL,
    year            INTEGER      NOT NULL,
    organization    VARCHAR(200) NOT NULL,
    document_number VARCHAR(64),
    document_date   DATE,
    document_signer VARCHAR(200),
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (code, version)
);

-- Unit codes and supervisor usernames are not foreign keys: the plan is loaded in every profile,
-- the directory only where an organisation is configured; imports check them against the directory.
CREATE TABLE plan_item (
    id                 BIGSERIAL     PRIMARY KEY,
    plan_id            BIGINT        NOT NULL REFERENCES plan (id),
    number             INTEGER       NOT NULL CHECK (number >= 1),
    field              VARCHAR(100)  NOT NULL REFERENCES field_of_work (name),
    content            TEXT          NOT NULL,
    search_text        TEXT          NOT NULL,
    lead_unit          VARCHAR(16)   NOT NULL,
    coordinating_units VARCHAR(200)  NOT NULL,
    supervisor         VARCHAR(64)   NOT NULL,
    deadline_kind      VARCHAR(16)   NOT NULL,
    deadline_text      VARCHAR(64)   NOT NULL,
    due_date           DATE,
    product            VARCHAR(64)   NOT NULL,
    target_text        VARCHAR(100),
    target_value       NUMERIC(16, 3),
    target_unit        VARCHAR(100),
    source_file        VARCHAR(100)  NOT NULL,
    source_first_line  INTEGER       NOT NULL,
    source_last_line   INTEGER       NOT NULL,
    UNIQUE (plan_id, number)
);

CREATE INDEX plan_item_plan_lead_idx ON plan_item (plan_id, lead_unit);
CREATE INDEX plan_item_plan_due_idx ON plan_item (plan_id, due_date);

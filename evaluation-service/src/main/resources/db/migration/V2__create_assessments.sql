-- An officer's general criteria for a month: the self-assessment, then the head's review (scoring-hy540 §8).
CREATE TABLE officer_assessment (
    month              VARCHAR(7)    NOT NULL,
    officer_id         BIGINT        NOT NULL,
    group_i            NUMERIC(4, 2),
    group_ii           NUMERIC(4, 2),
    group_iii          NUMERIC(4, 2),
    remarks            VARCHAR(2000),
    self_assessed_at   TIMESTAMPTZ,
    self_assessed_late BOOLEAN,
    general_score      NUMERIC(4, 2),
    review_note        VARCHAR(2000),
    disciplined        BOOLEAN       NOT NULL DEFAULT FALSE,
    degraded           BOOLEAN       NOT NULL DEFAULT FALSE,
    corruption_in_unit BOOLEAN       NOT NULL DEFAULT FALSE,
    organising_choice  INTEGER,
    cohesion_finding   VARCHAR(2000),
    reviewed_by        VARCHAR(100),
    reviewed_at        TIMESTAMPTZ,
    reviewed_late      BOOLEAN,
    PRIMARY KEY (month, officer_id)
);

-- A unit's general criteria G_u for a month, scored by the supervising deputy director (§7).
CREATE TABLE unit_assessment (
    month         VARCHAR(7)    NOT NULL,
    unit_code     VARCHAR(16)   NOT NULL,
    general_score NUMERIC(4, 2) NOT NULL,
    note          VARCHAR(2000),
    reviewed_by   VARCHAR(100)  NOT NULL,
    reviewed_at   TIMESTAMPTZ   NOT NULL,
    reviewed_late BOOLEAN       NOT NULL,
    PRIMARY KEY (month, unit_code)
);

-- A published month: locked, with the ratings as published (JSON) so later events never change them.
CREATE TABLE published_month (
    month        VARCHAR(7)   PRIMARY KEY,
    published_at TIMESTAMPTZ  NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    ratings      TEXT         NOT NULL
);

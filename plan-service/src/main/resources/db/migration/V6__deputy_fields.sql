-- The fields of work (lĩnh vực) a deputy head is in charge of in their unit, from a month on until the next row of
-- the same deputy and unit; months before keep the earlier row. No fields: from that month the deputy answers for
-- the whole unit again. Recorded by the unit's head or the organisation's administrator.
CREATE TABLE deputy_assignment (
    id          BIGSERIAL    PRIMARY KEY,
    unit_code   VARCHAR(16)  NOT NULL REFERENCES unit (code),
    officer_id  BIGINT       NOT NULL REFERENCES officer (id),
    from_month  DATE         NOT NULL CHECK (EXTRACT(DAY FROM from_month) = 1),
    recorded_by VARCHAR(64)  NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (unit_code, officer_id, from_month)
);

CREATE TABLE deputy_assignment_field (
    assignment_id BIGINT       NOT NULL REFERENCES deputy_assignment (id) ON DELETE CASCADE,
    field         VARCHAR(100) NOT NULL REFERENCES field_of_work (name),
    PRIMARY KEY (assignment_id, field)
);

CREATE INDEX deputy_assignment_officer_idx ON deputy_assignment (officer_id);

-- The working-day calendar every service counts with: the days off on a weekday or weekend (HOLIDAY) and the
-- Saturdays and Sundays worked in exchange (WORKDAY, ngày làm bù); other days follow the Monday-to-Friday week.
-- Reference data of the whole system, not of one organisation; seeded from common's bundled calendar when empty.
CREATE TABLE calendar_day (
    day        DATE         PRIMARY KEY,
    type       VARCHAR(16)  NOT NULL CHECK (type IN ('HOLIDAY', 'WORKDAY')),
    name       TEXT         NOT NULL,
    updated_by VARCHAR(64)  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The Director's adjustments of a published month after a complaint (scoring-hy540 §8): the published
-- snapshot stays as it was; each row records who changed what, why, and the figures before and after.
CREATE TABLE rating_adjustment (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    month          VARCHAR(7)    NOT NULL REFERENCES published_month (month),
    officer_id     BIGINT        NOT NULL,
    unit_code      VARCHAR(16)   NOT NULL,
    general_before NUMERIC(4, 2) NOT NULL,
    general_after  NUMERIC(4, 2) NOT NULL,
    total_before   NUMERIC(5, 2),
    total_after    NUMERIC(5, 2),
    level_before   VARCHAR(16)   NOT NULL,
    level_after    VARCHAR(16)   NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    adjusted_by    VARCHAR(100)  NOT NULL,
    adjusted_at    TIMESTAMPTZ   NOT NULL
);

CREATE INDEX rating_adjustment_month_idx ON rating_adjustment (month, officer_id, id);

-- Officers' rule adjustments (FORCED, CAPPED_BY_UNIT, QUOTA) were published under "adjustments", which now
-- names the Director's adjustments: rename the key in the snapshots already published, values unchanged.
UPDATE published_month p
SET ratings = jsonb_set(p.ratings::jsonb, '{officers}', (
        SELECT COALESCE(jsonb_agg((o.value - 'adjustments')
                                  || jsonb_build_object('ruleAdjustments', o.value -> 'adjustments')
                                  ORDER BY o.ordinality), '[]'::jsonb)
        FROM jsonb_array_elements(p.ratings::jsonb -> 'officers') WITH ORDINALITY AS o(value, ordinality)))::text
WHERE p.ratings::jsonb -> 'officers' IS NOT NULL;

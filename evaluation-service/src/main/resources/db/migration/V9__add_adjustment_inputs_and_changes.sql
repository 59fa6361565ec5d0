-- An adjustment after publication is an input of the month's computation (scoring-hy540 §8): what the Director
-- gave is kept apart from the figures it led to, and each adjustment records every officer and unit whose figures
-- it changed. An adjustment made before applied its figures to its officer alone, the G and the level after it as
-- given: those are what it gave.
ALTER TABLE rating_adjustment ADD COLUMN general_given NUMERIC(4, 2);
ALTER TABLE rating_adjustment ADD COLUMN level_given VARCHAR(16);
ALTER TABLE rating_adjustment ADD COLUMN changes TEXT;

UPDATE rating_adjustment SET general_given = general_after, level_given = level_after;

-- Where an item's words come from: the exact words of the cited lines, and whether the item says what they say
-- (QUOTED) or makes a concrete task of a general directive (DERIVED). Null for items imported without them.
ALTER TABLE plan_item ADD COLUMN source_quote TEXT;
ALTER TABLE plan_item ADD COLUMN derivation VARCHAR(16) CHECK (derivation IN ('QUOTED', 'DERIVED'));

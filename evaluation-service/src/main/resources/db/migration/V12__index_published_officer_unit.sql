-- A page of a published month (one unit's officers, issue 10) is read from that unit's rows of published_officer
-- alone, in the month's order: found by this index instead of reading every officer of the month. (One officer is
-- found by the primary key.)
CREATE INDEX published_officer_unit ON published_officer (organisation_code, month, unit_code, position);

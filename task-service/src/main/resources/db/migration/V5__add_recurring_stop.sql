-- A recurring assignment can be stopped (the work was reassigned, or the catalogue item ends): who stopped it, when
-- and why. A stopped assignment gets no task for any later month; the tasks already written stay as they are.
ALTER TABLE recurring_assignment
    ADD COLUMN stopped_at  TIMESTAMPTZ,
    ADD COLUMN stopped_by  VARCHAR(64),
    ADD COLUMN stop_reason VARCHAR(1000);

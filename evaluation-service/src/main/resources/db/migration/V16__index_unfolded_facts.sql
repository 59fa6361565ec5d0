-- The facts not folded (migration V15), which each instance looks for at start: a partial index, empty once every
-- fact is folded, so that looking costs nothing on a database of millions of facts instead of a pass over them all.
CREATE INDEX task_fact_unfolded_idx ON task_fact (task_id) WHERE event_ids IS NULL;

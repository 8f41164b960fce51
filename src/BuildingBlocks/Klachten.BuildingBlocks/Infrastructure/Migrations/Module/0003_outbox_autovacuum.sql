-- The outbox is a queue: every row is inserted, claimed and marked delivered within seconds. With the default thresholds
-- (20 % of the table) statistics and vacuum lag far behind a busy outbox; the planner then believes few rows are pending
-- and sorts all of them to claim a batch (25 ms per claim at 30,000 pending rows instead of reading the first rows of the
-- pending index). Analyse and vacuum after a fixed number of changes instead.
ALTER TABLE $schema$.outbox_messages SET (
    autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
    autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 5000);

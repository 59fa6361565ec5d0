-- pgbench: one transaction inserting 1,000 rows in one statement (the machine's limit for batched writes).
INSERT INTO bench_batch (payload) SELECT 'Báo cáo hoàn thành nhiệm vụ số ' || g FROM generate_series(1, 1000) AS g;

-- pgbench: one single-row write transaction (the machine's limit for small transactions with fsync).
INSERT INTO bench_single (payload) VALUES ('Báo cáo hoàn thành nhiệm vụ, văn bản số 15/BC-CCHC');

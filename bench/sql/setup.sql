-- The benchmark's own tables for pgbench's write limits, beside the service's schema (flyway cleans them away).
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_single, bench_batch;
CREATE TABLE bench_single (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE bench_batch (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now());

-- One role and two databases (the service's and its tests') per service. Idempotent.
-- Used by scripts/postgres.sh and, in docker-compose.yml, by the postgres image's init.
-- Passwords default to the role name (development only); pass -v <service>_password=... to change.
\set ON_ERROR_STOP on
\if :{?plan_password} \else \set plan_password plan \endif
\if :{?task_password} \else \set task_password task \endif
\if :{?evaluation_password} \else \set evaluation_password evaluation \endif
\if :{?webui_password} \else \set webui_password webui \endif

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', r.name, r.password)
FROM (VALUES ('plan', :'plan_password'), ('task', :'task_password'),
             ('evaluation', :'evaluation_password'), ('webui', :'webui_password')) AS r(name, password)
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r.name)
\gexec

SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', d.name, d.owner)
FROM (VALUES ('plan', 'plan'), ('plan_test', 'plan'), ('task', 'task'), ('task_test', 'task'),
             ('evaluation', 'evaluation'), ('evaluation_test', 'evaluation'),
             ('webui', 'webui'), ('webui_test', 'webui')) AS d(name, owner)
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d.name)
\gexec

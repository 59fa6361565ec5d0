CREATE TABLE unit (
    code                VARCHAR(16)  PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    head_username       VARCHAR(64),
    supervisor_username VARCHAR(64)
);

CREATE TABLE officer (
    id          BIGINT       PRIMARY KEY,
    username    VARCHAR(64)  NOT NULL UNIQUE,
    full_name   VARCHAR(200) NOT NULL,
    unit_code   VARCHAR(16)  REFERENCES unit (code),
    position    VARCHAR(100) NOT NULL,
    role        VARCHAR(32)  NOT NULL,
    quota_group VARCHAR(32)  NOT NULL
);

CREATE INDEX officer_unit_idx ON officer (unit_code);

CREATE TABLE account (
    username         VARCHAR(64)  PRIMARY KEY,
    password_hash    VARCHAR(100) NOT NULL,
    full_name        VARCHAR(200) NOT NULL,
    roles            VARCHAR(200) NOT NULL,
    unit_code        VARCHAR(16),
    officer_id       BIGINT,
    supervised_units VARCHAR(200),
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE
);

-- Failed logins per user name and per client address, for rate limiting.
CREATE TABLE login_throttle (
    throttle_key VARCHAR(200) PRIMARY KEY,
    failures     INT          NOT NULL,
    window_start TIMESTAMPTZ  NOT NULL
);

-- A published month stored per officer (issue 10): one row per officer of the publication, in the month's order, with
-- the officer's rating as published (JSON of the API's view). published_month.ratings then holds only the month's
-- own parts (units) with an empty list of officers: snapshot version 3. Months stored before (versions 1 and 2, the
-- whole month as one JSON value) stay as they are and are read as before; their first adjustment stores them anew.
CREATE TABLE published_officer (
    organisation_code VARCHAR(32) NOT NULL,
    month             VARCHAR(7)  NOT NULL,
    officer_id        BIGINT      NOT NULL,
    position          INT         NOT NULL,
    unit_code         VARCHAR(32),
    rating            TEXT        NOT NULL,
    PRIMARY KEY (organisation_code, month, officer_id),
    UNIQUE (organisation_code, month, position),
    FOREIGN KEY (organisation_code, month) REFERENCES published_month (organisation_code, month)
);

-- 001: the layered schema. raw = what the crawl fetched and extraction read, as it was;
-- core = offerings with their history, sources, runs and per-run source health; mart = views
-- (warehouse/views/*.sql, recreated after every migration).
-- No PRIMARY KEY constraints: DuckDB's ART indexes slow bulk loads and block ALTER TABLE;
-- the loader keeps the keys unique (documented per table in warehouse/README.md).

CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS mart;

-- One fetched page (or one 304 answer) per run. body only when the page changed.
CREATE TABLE raw.pages (
    run_id        VARCHAR NOT NULL,
    source_id     VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,
    final_url     VARCHAR,
    status        INTEGER,
    fetched_at    TIMESTAMPTZ,
    etag          VARCHAR,
    last_modified VARCHAR,
    content_hash  VARCHAR,
    content_type  VARCHAR,
    encoding      VARCHAR,
    changed       BOOLEAN,
    truncated     BOOLEAN,
    next_url      VARCHAR,
    elapsed_ms    DOUBLE,
    body          BLOB
);

-- Every record a source listed in a run (extracted now or carried over from an unchanged page).
CREATE TABLE raw.records (
    run_id          VARCHAR NOT NULL,
    source_id       VARCHAR NOT NULL,
    page_url        VARCHAR NOT NULL,
    position        INTEGER NOT NULL,
    extractor       VARCHAR,
    title           VARCHAR,
    url             VARCHAR,
    description     VARCHAR,
    date_text       VARCHAR,
    start_iso       VARCHAR,
    end_iso         VARCHAR,
    all_day         BOOLEAN,
    location_text   VARCHAR,
    venue           VARCHAR,
    city            VARCHAR,
    attendance_mode VARCHAR,
    organizer       VARCHAR,
    kind            VARCHAR,
    status_text     VARCHAR,
    cost_text       VARCHAR,
    audience_text   VARCHAR,
    topics          VARCHAR[],
    published       VARCHAR,
    confidence      DOUBLE,
    field_sources   JSON,
    extra           JSON
);

-- The catalog as of the last run that named each source.
CREATE TABLE core.sources (
    source_id        VARCHAR NOT NULL,
    name             VARCHAR,
    kind             VARCHAR,
    extract_mode     VARCHAR,
    organizer        VARCHAR,
    level            VARCHAR,
    start_urls       VARCHAR[],
    domains          VARCHAR[],
    enabled          BOOLEAN,
    login_only       BOOLEAN,
    precedence       INTEGER,
    min_valid_ratio  DOUBLE,
    first_run_id     VARCHAR,
    last_run_id      VARCHAR,
    updated_at       TIMESTAMPTZ
);

CREATE TABLE core.runs (
    run_id            VARCHAR NOT NULL,
    started_at        TIMESTAMPTZ NOT NULL,
    finished_at       TIMESTAMPTZ,
    today             DATE,
    sources_total     INTEGER,
    sources_healthy   INTEGER,
    offerings_loaded  INTEGER,
    added             INTEGER,
    changed           INTEGER,
    removed           INTEGER,
    unchanged         INTEGER,
    offerings_current INTEGER,
    loaded_at         TIMESTAMPTZ
);

CREATE TABLE core.source_health (
    run_id          VARCHAR NOT NULL,
    source_id       VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,
    healthy         BOOLEAN NOT NULL,
    pages_fetched   INTEGER,
    pages_unchanged INTEGER,
    pages_failed    INTEGER,
    records         INTEGER,
    issues          INTEGER,
    issue_messages  VARCHAR[],
    robots_skipped  INTEGER
);

-- The current state of every offering ever seen, removed ones included (status = 'removed').
CREATE TABLE core.offerings (
    id               VARCHAR NOT NULL,
    title            VARCHAR NOT NULL,
    kind             VARCHAR,
    url              VARCHAR,
    start_iso        VARCHAR,
    end_iso          VARCHAR,
    start_date       DATE,
    start_ts         TIMESTAMPTZ,
    end_date         DATE,
    end_ts           TIMESTAMPTZ,
    all_day          BOOLEAN,
    date_precision   VARCHAR,
    date_text        VARCHAR,
    format           VARCHAR,
    venue            VARCHAR,
    city             VARCHAR,
    state            VARCHAR,
    organizer        VARCHAR,
    audience         VARCHAR[],
    topics           VARCHAR[],
    cost             VARCHAR,
    free             BOOLEAN,
    status           VARCHAR NOT NULL,
    description      VARCHAR,
    confidence       DOUBLE,
    sources          STRUCT(source_id VARCHAR, url VARCHAR, extractor VARCHAR)[],
    field_provenance JSON,
    version          INTEGER NOT NULL,
    first_seen       TIMESTAMPTZ NOT NULL,
    last_seen        TIMESTAMPTZ NOT NULL,
    first_run_id     VARCHAR,
    last_run_id      VARCHAR,
    removed_at       TIMESTAMPTZ,
    removed_run_id   VARCHAR
);

-- SCD2: every change of any field is a new version; the current version has valid_to NULL.
CREATE TABLE core.offering_history (
    offering_id       VARCHAR NOT NULL,
    version           INTEGER NOT NULL,
    valid_from        TIMESTAMPTZ NOT NULL,
    valid_to          TIMESTAMPTZ,
    valid_from_run_id VARCHAR NOT NULL,
    valid_to_run_id   VARCHAR,
    title             VARCHAR NOT NULL,
    kind              VARCHAR,
    url               VARCHAR,
    start_iso         VARCHAR,
    end_iso           VARCHAR,
    start_date        DATE,
    start_ts          TIMESTAMPTZ,
    end_date          DATE,
    end_ts            TIMESTAMPTZ,
    all_day           BOOLEAN,
    date_precision    VARCHAR,
    date_text         VARCHAR,
    format            VARCHAR,
    venue             VARCHAR,
    city              VARCHAR,
    state             VARCHAR,
    organizer         VARCHAR,
    audience          VARCHAR[],
    topics            VARCHAR[],
    cost              VARCHAR,
    free              BOOLEAN,
    status            VARCHAR NOT NULL,
    description       VARCHAR,
    confidence        DOUBLE,
    sources           STRUCT(source_id VARCHAR, url VARCHAR, extractor VARCHAR)[],
    field_provenance  JSON
);

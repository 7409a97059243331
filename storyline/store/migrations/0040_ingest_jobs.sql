-- Web: ingest jobs queued from the browser (run by a background worker, resumed after a restart),
-- and the files uploaded with them (kept until their job has run).
CREATE TABLE ingest_jobs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL,
    inputs       TEXT NOT NULL DEFAULT '[]',
    options      TEXT NOT NULL DEFAULT '{}',
    status       TEXT NOT NULL DEFAULT 'queued',
    done         INTEGER NOT NULL DEFAULT 0,
    total        INTEGER,
    message      TEXT NOT NULL DEFAULT '',
    report       TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    started_at   TEXT,
    finished_at  TEXT
);
CREATE INDEX ingest_jobs_status ON ingest_jobs(status, id);

CREATE TABLE ingest_job_files (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id   INTEGER NOT NULL REFERENCES ingest_jobs(id) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    data     BLOB NOT NULL
);
CREATE INDEX ingest_job_files_job ON ingest_job_files(job_id);


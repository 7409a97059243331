-- Alignment and briefs: sentence embeddings computed once per sentence, and the latest brief per story.
CREATE TABLE IF NOT EXISTS sentence_embeddings (
    article   TEXT NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    model     TEXT NOT NULL,
    dim       INTEGER NOT NULL,
    vector    BLOB NOT NULL,
    PRIMARY KEY (article, start, end, model)
);

CREATE TABLE IF NOT EXISTS briefs (
    story       TEXT PRIMARY KEY,
    schema      TEXT NOT NULL,
    articles    TEXT NOT NULL,
    brief       TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

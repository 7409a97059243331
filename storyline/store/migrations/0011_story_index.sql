-- Incremental stories (issue 3): document frequencies kept as articles are clustered, each story's
-- centroid (its strongest terms) and an inverted index over those terms, so that placing a new
-- article reads a bounded set of candidate stories instead of every story or article.
CREATE TABLE IF NOT EXISTS story_term_df (
    term  TEXT PRIMARY KEY,
    df    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS story_vectors (
    story_id  TEXT PRIMARY KEY,
    vector    TEXT NOT NULL,
    norm      REAL NOT NULL,
    n         INTEGER NOT NULL,
    names     TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE IF NOT EXISTS story_terms (
    term      TEXT NOT NULL,
    story_id  TEXT NOT NULL,
    weight    REAL NOT NULL,
    PRIMARY KEY (term, story_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_terms_weight ON story_terms(term, weight DESC);

CREATE TABLE IF NOT EXISTS story_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

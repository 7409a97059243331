-- Stories: which article belongs to which story, with the story's summary fields and its history.
CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    label       TEXT NOT NULL DEFAULT '',
    meta        TEXT NOT NULL DEFAULT '{}',
    size        INTEGER NOT NULL DEFAULT 0,
    first_date  TEXT,
    last_date   TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX stories_updated ON stories(updated_at);
CREATE INDEX stories_size ON stories(size);

CREATE TABLE story_articles (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id),
    story_id    TEXT NOT NULL REFERENCES stories(id),
    similarity  REAL,
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX story_articles_story ON story_articles(story_id);

CREATE TABLE story_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    article_id  TEXT,
    detail      TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX story_events_story ON story_events(story_id);

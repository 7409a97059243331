-- Web: "latest version only" (NOT EXISTS ... WHERE previous_id = id) scanned the whole table per
-- article without this index, so counting articles was quadratic (seconds at 2,000 articles).
CREATE INDEX IF NOT EXISTS articles_previous ON articles(previous_id);

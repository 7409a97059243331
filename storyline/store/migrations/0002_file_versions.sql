-- Versions of local files: an article read from a file keeps the file's absolute path in extra.file; an edited file
-- ingested again is a new version of the article last read from that path (see Store.add_article). Looked up by path.
CREATE INDEX IF NOT EXISTS articles_file ON articles(json_extract(extra, '$.file'));

-- Language tags as codes (issue: stores made before the tags were normalised). Earlier versions stored a record's
-- language as given and read only tags starting with "en" as English: an article tagged "EN", "English" or "EN-GB"
-- was stored as another language, not analysed ("language is 'EN'; the analysis stages handle English only"), and
-- at most placed in a story by the names it shares. Now every tag is stored as its ISO 639-1 code
-- (language_code(): storyline.clean.language.normalise_language, registered by the Store), and those articles are
-- English: they are taken out of the story they were placed in by names (that story is refreshed at the next
-- `cluster`, as its size no longer matches its members), their stored extraction (none: skipped) is dropped, and
-- the story index's last placed row is moved before them, so the next `cluster` places them as any new article.
CREATE TEMP TABLE reread AS
    SELECT rowid AS row, id FROM articles
    WHERE skip_reason LIKE 'language is %; the analysis stages handle English only'
      AND language IS NOT NULL AND language_code(language) = 'en';
INSERT INTO story_events(story_id, kind, article_id, detail)
    SELECT sa.story_id, 'left', sa.article_id,
           'read as English now (its language tag was not read as English before): placed again by the next cluster'
    FROM story_articles sa JOIN temp.reread r ON r.id = sa.article_id;
DELETE FROM story_articles WHERE article_id IN (SELECT id FROM temp.reread);
DELETE FROM quotes WHERE article_id IN (SELECT id FROM temp.reread);
DELETE FROM mentions WHERE article_id IN (SELECT id FROM temp.reread);
DELETE FROM extractions WHERE article_id IN (SELECT id FROM temp.reread);
UPDATE story_state SET value = CAST((SELECT min(row) - 1 FROM temp.reread) AS TEXT)
    WHERE key = 'last_rowid' AND CAST(value AS INTEGER) >= (SELECT min(row) FROM temp.reread);
UPDATE articles SET skip_reason = NULL WHERE id IN (SELECT id FROM temp.reread);
UPDATE articles SET language = language_code(language)
    WHERE language IS NOT NULL AND language_code(language) IS NOT language;
DROP TABLE temp.reread;

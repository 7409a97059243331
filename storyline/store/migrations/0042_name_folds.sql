-- Entity look-ups in SQL (web issue: the entity page and the entity filter folded every stored name in Python for
-- each request). Each mention's name and text, and each quote's speaker, stored as name_fold() leaves them (case,
-- accents and spelling aside: "Jürgen Haßler" and "Juergen Hassler" are "jurgen hassler"; name_fold is registered by
-- the Store), with an index, so a filter compares folded words in SQL. Filled here for the rows stored before; new
-- rows get them when an extraction is saved. One transaction, as every migration: a crash leaves the store as it was
-- and the next open runs this again.
ALTER TABLE mentions ADD COLUMN name_folded TEXT;
ALTER TABLE mentions ADD COLUMN text_folded TEXT;
ALTER TABLE quotes ADD COLUMN speaker_folded TEXT;
UPDATE mentions SET name_folded = name_fold(name), text_folded = name_fold(text);
UPDATE quotes SET speaker_folded = name_fold(speaker_entity);
CREATE INDEX mentions_name_folded ON mentions(name_folded);
CREATE INDEX mentions_text_folded ON mentions(text_folded);
CREATE INDEX quotes_speaker_folded ON quotes(speaker_folded);

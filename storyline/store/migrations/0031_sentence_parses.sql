-- Alignment: the spaCy parse of a claim sentence taken alone, made once (storyline.align.parses), by the SHA-1 of its
-- text and the model that made it; the Doc as spaCy serialises it (without its tensor), zlib-compressed.
CREATE TABLE IF NOT EXISTS sentence_parses (
    key    TEXT NOT NULL,
    model  TEXT NOT NULL,
    doc    BLOB NOT NULL,
    PRIMARY KEY (key, model)
);

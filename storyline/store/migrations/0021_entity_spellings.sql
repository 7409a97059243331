-- Search (issue 4's search): every spelling of an entity that has more than one, as the key a search looks up
-- ("ovha" and "oskel valley hydro authority" for one organisation; a person's other surnames), so that a search
-- for one spelling finds the others with an index look-up instead of a scan of the entities table. Filled when
-- entities are saved; a store from before this migration gains it at its next entity resolution.
CREATE TABLE IF NOT EXISTS entity_spellings (
    form       TEXT NOT NULL,
    entity_key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_spellings_form ON entity_spellings(form);

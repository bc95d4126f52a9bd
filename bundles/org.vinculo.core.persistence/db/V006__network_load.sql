-- Version 6: the relationship network reads every party's id and kind at start-up. This index
-- holds both, so that read walks a narrow index instead of every row of the party table.
CREATE INDEX PARTY_BY_KIND_ID ON PARTY (KIND, ID);

-- Version 11: the relationship network keeps a snapshot of its graph beside the database and, on
-- start, reads only what changed since. A link written on its own stamps the revision on the
-- parties at both ends (as party writes do); a bulk write of links (generators, imports, merges)
-- records its revision here instead, and a snapshot older than that is not used.
ALTER TABLE CHANGE_COUNTER ADD COLUMN LINKS_BULK_REVISION BIGINT NOT NULL DEFAULT 0;

-- a link turns "past" the day after it ends: a snapshot from an earlier day finds those links by date
CREATE INDEX AFFILIATION_BY_UNTIL ON AFFILIATION (UNTIL_DATE);
CREATE INDEX RELATIONSHIP_BY_UNTIL ON RELATIONSHIP (UNTIL_DATE);

-- the dates of the one link between two parties, for explained introductions, without reading all
-- of a super-connector's links
CREATE INDEX RELATIONSHIP_BY_PAIR ON RELATIONSHIP (FROM_ID, TO_ID, TYPE_ID);

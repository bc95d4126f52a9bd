-- Version 3: one database-wide revision counter. Every committed write takes the next
-- revision and stamps it on the parties it changed; deletions leave a tombstone. A search
-- index remembers the last revision it applied, so it can always catch up with the database,
-- also after a crash between a database commit and an index update.
-- DATABASE_ID is set to a random id by the application the first time it opens the database.
CREATE TABLE CHANGE_COUNTER (
  ID INTEGER NOT NULL PRIMARY KEY,
  REVISION BIGINT NOT NULL,
  DATABASE_ID VARCHAR(36) NOT NULL
);
INSERT INTO CHANGE_COUNTER (ID, REVISION, DATABASE_ID) VALUES (1, 1, 'unassigned');

-- parties written before version 3 count as changed at revision 1
ALTER TABLE PARTY ADD COLUMN REVISION BIGINT NOT NULL DEFAULT 1;
CREATE INDEX PARTY_BY_REVISION ON PARTY (REVISION);

CREATE TABLE PARTY_TOMBSTONE (
  PARTY_ID BIGINT NOT NULL PRIMARY KEY,
  REVISION BIGINT NOT NULL
);
CREATE INDEX PARTY_TOMBSTONE_BY_REVISION ON PARTY_TOMBSTONE (REVISION);

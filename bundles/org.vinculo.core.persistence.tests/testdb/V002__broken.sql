-- A faulty second version: the first statement works, the second cannot, so neither may stay
ALTER TABLE TEST_NOTE ADD COLUMN PINNED SMALLINT;
CREATE TABLE TEST_NOTE_BROKEN (ID BIGINT NOT NULL PRIMARY KEY, WHAT NO_SUCH_TYPE);

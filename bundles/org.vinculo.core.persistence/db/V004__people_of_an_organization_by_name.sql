-- Version 4: an organization's people are listed by name a page at a time. The person's sort key
-- is kept on each affiliation (the application keeps it in step when a person is renamed), so
-- one index gives that order and a page of an organization with 30,000 people reads 500 rows,
-- not 30,000 joined and sorted ones.
ALTER TABLE AFFILIATION ADD COLUMN PERSON_SORT_KEY VARCHAR(400);
UPDATE AFFILIATION SET PERSON_SORT_KEY = (SELECT p.SORT_KEY FROM PARTY p WHERE p.ID = AFFILIATION.PERSON_ID);
CREATE INDEX AFFILIATION_BY_ORGANIZATION_NAME ON AFFILIATION (ORGANIZATION_ID, PERSON_SORT_KEY, ID);

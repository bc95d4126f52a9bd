-- Version 8: a colour per tag, shared by everyone using the database. Tags stay free text on the
-- records (PARTY_TAG); a tag without a row here has no colour.
CREATE TABLE TAG_COLOUR (
  TAG VARCHAR(100) NOT NULL PRIMARY KEY,
  COLOUR VARCHAR(7) NOT NULL
);

-- A contact's e-mail addresses and phone numbers, every one of them (the first included), live in
-- look-up tables keyed (value, contact id), with no other index and no foreign key: the adapter
-- inserts the rows of a transaction sorted by value just before the transaction reads them or
-- commits, so the database adds them to its index in order. An index on crm_contact's first_email
-- and first_phone columns, as migration 2 made, took each new contact to a random page of two
-- indexes, since addresses and numbers arrive in no order: on H2 that was most of the time of an
-- import of contacts. A contact's rows are deleted by (value, contact id), from the values it had,
-- so no index on the contact id is needed; the adapter keeps the rows and the contacts together.
--
-- The first account stays in crm_contact.first_account_id: account ids arrive in order enough.

CREATE TABLE crm_contact_email_key (
  email       VARCHAR(254) NOT NULL,
  contact_id  VARCHAR(64)  NOT NULL,
  PRIMARY KEY (email, contact_id)
);

CREATE TABLE crm_contact_phone_key (
  phone       VARCHAR(64) NOT NULL,
  contact_id  VARCHAR(64) NOT NULL,
  PRIMARY KEY (phone, contact_id)
);

INSERT INTO crm_contact_email_key (email, contact_id)
  SELECT first_email, id FROM crm_contact WHERE first_email IS NOT NULL;
INSERT INTO crm_contact_email_key (email, contact_id)
  SELECT email, contact_id FROM crm_contact_email;
INSERT INTO crm_contact_phone_key (phone, contact_id)
  SELECT first_phone, id FROM crm_contact WHERE first_phone IS NOT NULL;
INSERT INTO crm_contact_phone_key (phone, contact_id)
  SELECT phone, contact_id FROM crm_contact_phone;

DROP TABLE crm_contact_email;
DROP TABLE crm_contact_phone;
DROP INDEX crm_contact_first_email;
DROP INDEX crm_contact_first_phone;
ALTER TABLE crm_contact DROP COLUMN first_email;
ALTER TABLE crm_contact DROP COLUMN first_phone;

ALTER TABLE crm_contact_email_key RENAME TO crm_contact_email;
ALTER TABLE crm_contact_phone_key RENAME TO crm_contact_phone;

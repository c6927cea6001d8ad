-- A contact's first e-mail address, phone number and account move into columns of crm_contact;
-- the side tables keep only the others. Most contacts have one of each, and a side-table row costs
-- three index entries (table, primary key, value) where a column costs one: importing 100,000
-- contacts into H2 spent most of its time writing side-table rows.
--
-- Which value is first does not matter to a look-up (it reads the column and the side table);
-- the next save of a contact writes the record's own first value into the column.

ALTER TABLE crm_contact ADD COLUMN first_email VARCHAR(254);
ALTER TABLE crm_contact ADD COLUMN first_phone VARCHAR(64);
ALTER TABLE crm_contact ADD COLUMN first_account_id VARCHAR(64);

UPDATE crm_contact SET
  first_email = (SELECT MIN(s.email) FROM crm_contact_email s WHERE s.contact_id = crm_contact.id),
  first_phone = (SELECT MIN(s.phone) FROM crm_contact_phone s WHERE s.contact_id = crm_contact.id),
  first_account_id = (SELECT MIN(s.account_id) FROM crm_contact_account s WHERE s.contact_id = crm_contact.id);

DELETE FROM crm_contact_email WHERE EXISTS (SELECT 1 FROM crm_contact c
  WHERE c.id = crm_contact_email.contact_id AND c.first_email = crm_contact_email.email);
DELETE FROM crm_contact_phone WHERE EXISTS (SELECT 1 FROM crm_contact c
  WHERE c.id = crm_contact_phone.contact_id AND c.first_phone = crm_contact_phone.phone);
DELETE FROM crm_contact_account WHERE EXISTS (SELECT 1 FROM crm_contact c
  WHERE c.id = crm_contact_account.contact_id AND c.first_account_id = crm_contact_account.account_id);

CREATE INDEX crm_contact_first_email ON crm_contact (first_email);
CREATE INDEX crm_contact_first_phone ON crm_contact (first_phone);
CREATE INDEX crm_contact_first_account_id ON crm_contact (first_account_id);

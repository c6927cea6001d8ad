-- crmkit's schema: one table per aggregate, side tables for keys with several values, the outbox.
--
-- Portable between H2 2.x (any mode) and PostgreSQL 12 or newer: only types, constraints and
-- indexes both understand. Each aggregate table keeps the whole aggregate as a JSON document
-- (written and read by crm-core's JSON module) next to the columns the repositories look records
-- up by; those hold the keys normalised as the domain normalises them. Times are UTC instants.

CREATE TABLE crm_account (
  id          VARCHAR(64)              NOT NULL PRIMARY KEY,
  version     BIGINT                   NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  name_key    VARCHAR                  NOT NULL,
  web_domain  VARCHAR(253),
  document    VARCHAR                  NOT NULL
);
CREATE INDEX crm_account_name_key ON crm_account (name_key);
CREATE INDEX crm_account_web_domain ON crm_account (web_domain);

CREATE TABLE crm_contact (
  id          VARCHAR(64)              NOT NULL PRIMARY KEY,
  version     BIGINT                   NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  document    VARCHAR                  NOT NULL
);

CREATE TABLE crm_contact_email (
  contact_id  VARCHAR(64)  NOT NULL REFERENCES crm_contact (id),
  email       VARCHAR(254) NOT NULL,
  PRIMARY KEY (contact_id, email)
);
CREATE INDEX crm_contact_email_email ON crm_contact_email (email);

CREATE TABLE crm_contact_phone (
  contact_id  VARCHAR(64) NOT NULL REFERENCES crm_contact (id),
  phone       VARCHAR(64) NOT NULL,
  PRIMARY KEY (contact_id, phone)
);
CREATE INDEX crm_contact_phone_phone ON crm_contact_phone (phone);

CREATE TABLE crm_contact_account (
  contact_id  VARCHAR(64) NOT NULL REFERENCES crm_contact (id),
  account_id  VARCHAR(64) NOT NULL,
  PRIMARY KEY (contact_id, account_id)
);
CREATE INDEX crm_contact_account_account_id ON crm_contact_account (account_id);

CREATE TABLE crm_lead (
  id          VARCHAR(64)              NOT NULL PRIMARY KEY,
  version     BIGINT                   NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  email       VARCHAR(254),
  status      VARCHAR(32)              NOT NULL,
  document    VARCHAR                  NOT NULL
);
CREATE INDEX crm_lead_email ON crm_lead (email);
CREATE INDEX crm_lead_status ON crm_lead (status);

CREATE TABLE crm_opportunity (
  id              VARCHAR(64)              NOT NULL PRIMARY KEY,
  version         BIGINT                   NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  account_id      VARCHAR(64)              NOT NULL,
  source_lead_id  VARCHAR(64),
  document        VARCHAR                  NOT NULL
);
CREATE INDEX crm_opportunity_account_id ON crm_opportunity (account_id);
CREATE INDEX crm_opportunity_source_lead_id ON crm_opportunity (source_lead_id);

CREATE TABLE crm_opportunity_contact (
  opportunity_id  VARCHAR(64) NOT NULL REFERENCES crm_opportunity (id),
  contact_id      VARCHAR(64) NOT NULL,
  PRIMARY KEY (opportunity_id, contact_id)
);
CREATE INDEX crm_opportunity_contact_contact_id ON crm_opportunity_contact (contact_id);

CREATE TABLE crm_product (
  id          VARCHAR(64)              NOT NULL PRIMARY KEY,
  version     BIGINT                   NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  sku         VARCHAR                  NOT NULL,
  document    VARCHAR                  NOT NULL
);
CREATE INDEX crm_product_sku ON crm_product (sku);

CREATE TABLE crm_price_book (
  id          VARCHAR(64)              NOT NULL PRIMARY KEY,
  version     BIGINT                   NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  name_key    VARCHAR                  NOT NULL,
  currency    CHAR(3)                  NOT NULL,
  document    VARCHAR                  NOT NULL
);
CREATE INDEX crm_price_book_name_key ON crm_price_book (name_key);
CREATE INDEX crm_price_book_currency ON crm_price_book (currency);

CREATE TABLE crm_quote (
  id              VARCHAR(64)              NOT NULL PRIMARY KEY,
  version         BIGINT                   NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  quote_number    VARCHAR                  NOT NULL,
  account_id      VARCHAR(64)              NOT NULL,
  opportunity_id  VARCHAR(64),
  document        VARCHAR                  NOT NULL
);
CREATE INDEX crm_quote_quote_number ON crm_quote (quote_number);
CREATE INDEX crm_quote_account_id ON crm_quote (account_id);
CREATE INDEX crm_quote_opportunity_id ON crm_quote (opportunity_id);

CREATE TABLE crm_order (
  id            VARCHAR(64)              NOT NULL PRIMARY KEY,
  version       BIGINT                   NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  order_number  VARCHAR                  NOT NULL,
  account_id    VARCHAR(64)              NOT NULL,
  contact_id    VARCHAR(64),
  document      VARCHAR                  NOT NULL
);
CREATE INDEX crm_order_order_number ON crm_order (order_number);
CREATE INDEX crm_order_account_id ON crm_order (account_id);
CREATE INDEX crm_order_contact_id ON crm_order (contact_id);

CREATE TABLE crm_support_case (
  id           VARCHAR(64)              NOT NULL PRIMARY KEY,
  version      BIGINT                   NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  case_number  VARCHAR                  NOT NULL,
  account_id   VARCHAR(64),
  contact_id   VARCHAR(64),
  document     VARCHAR                  NOT NULL
);
CREATE INDEX crm_support_case_case_number ON crm_support_case (case_number);
CREATE INDEX crm_support_case_account_id ON crm_support_case (account_id);
CREATE INDEX crm_support_case_contact_id ON crm_support_case (contact_id);

CREATE TABLE crm_activity (
  id              VARCHAR(64)              NOT NULL PRIMARY KEY,
  version         BIGINT                   NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  account_id      VARCHAR(64),
  lead_id         VARCHAR(64),
  opportunity_id  VARCHAR(64),
  case_id         VARCHAR(64),
  document        VARCHAR                  NOT NULL
);
CREATE INDEX crm_activity_account_id ON crm_activity (account_id);
CREATE INDEX crm_activity_lead_id ON crm_activity (lead_id);
CREATE INDEX crm_activity_opportunity_id ON crm_activity (opportunity_id);
CREATE INDEX crm_activity_case_id ON crm_activity (case_id);

CREATE TABLE crm_activity_contact (
  activity_id  VARCHAR(64) NOT NULL REFERENCES crm_activity (id),
  contact_id   VARCHAR(64) NOT NULL,
  PRIMARY KEY (activity_id, contact_id)
);
CREATE INDEX crm_activity_contact_contact_id ON crm_activity_contact (contact_id);

CREATE TABLE crm_campaign (
  id          VARCHAR(64)              NOT NULL PRIMARY KEY,
  version     BIGINT                   NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  name_key    VARCHAR                  NOT NULL,
  document    VARCHAR                  NOT NULL
);
CREATE INDEX crm_campaign_name_key ON crm_campaign (name_key);

CREATE TABLE crm_campaign_member (
  id           VARCHAR(64)              NOT NULL PRIMARY KEY,
  version      BIGINT                   NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  campaign_id  VARCHAR(64)              NOT NULL,
  contact_id   VARCHAR(64),
  lead_id      VARCHAR(64),
  document     VARCHAR                  NOT NULL
);
CREATE INDEX crm_campaign_member_campaign_id ON crm_campaign_member (campaign_id);
CREATE INDEX crm_campaign_member_contact_id ON crm_campaign_member (contact_id);
CREATE INDEX crm_campaign_member_lead_id ON crm_campaign_member (lead_id);

-- The transactional outbox: each event published, written in the transaction that published it,
-- relayed to the subscribers after the commit in sequence order and then marked relayed.
CREATE TABLE crm_outbox (
  sequence_number  BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  event_id         VARCHAR(64)              NOT NULL,
  aggregate_type   VARCHAR(32)              NOT NULL,
  aggregate_id     VARCHAR(64)              NOT NULL,
  event_type       VARCHAR(64)              NOT NULL,
  payload          VARCHAR                  NOT NULL,
  occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  relayed          BOOLEAN                  NOT NULL,
  relayed_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX crm_outbox_pending ON crm_outbox (relayed, sequence_number);
CREATE INDEX crm_outbox_aggregate ON crm_outbox (aggregate_type, aggregate_id);

-- One row, locked while a relay runs, so that two processes sharing the database relay in turn.
CREATE TABLE crm_outbox_relay (
  id  INT NOT NULL PRIMARY KEY
);
INSERT INTO crm_outbox_relay (id) VALUES (1);

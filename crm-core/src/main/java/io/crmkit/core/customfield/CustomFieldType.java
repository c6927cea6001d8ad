package io.crmkit.core.customfield;

/** The kinds of value a custom field holds. */
public enum CustomFieldType {
  /** Free text, up to the definition's maximum length. */
  TEXT,
  /** A decimal number. */
  NUMBER,
  /** A calendar date. */
  DATE,
  /** Yes or no. */
  BOOLEAN,
  /** One of the definition's options. */
  PICKLIST
}

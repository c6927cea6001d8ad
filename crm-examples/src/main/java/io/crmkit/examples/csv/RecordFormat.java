package io.crmkit.examples.csv;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.account.Account;
import io.crmkit.core.customfield.CustomFieldSchema;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.port.IdGenerator;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How one record type is written to and read from the cells of a row: its canonical columns, the
 * columns a file must have, how a row's cells become an aggregate (through its builder, so every
 * rule of the model applies), how duplicates are found, and how records are saved and announced.
 *
 * @param <A> the aggregate type
 */
abstract class RecordFormat<A extends Aggregate<?>> {
  /** The prefix of custom field columns: {@code cf.tier}. */
  static final String CUSTOM_FIELD_PREFIX = "cf.";

  static final String ID = "id";
  static final String OWNER_ID = "owner_id";
  static final String CREATED_AT = "created_at";
  static final String UPDATED_AT = "updated_at";

  /** The record type as {@code Aggregate.recordType()} and custom field schemas name it: {@code Contact}. */
  abstract String recordType();

  /** The canonical columns in the order an export writes them, custom fields not included. */
  abstract List<String> columns();

  /**
   * The columns an import reads but an export leaves blank, because the record's other columns
   * already hold what they say (such as a contact's {@code account_domain}).
   */
  Set<String> importOnlyColumns() {
    return Set.of();
  }

  /** The columns a file must have: each set names alternatives, at least one of which is needed. */
  abstract List<Set<String>> requiredColumns();

  /**
   * The columns that identify a stored record ({@link #identify}); under the update policy a file
   * needs one of them instead of the required columns.
   */
  abstract Set<String> identifyingColumns();

  /** The columns whose cells hold JSON in crm-core's form, such as {@code line_items}. */
  Set<String> jsonColumns() {
    return Set.of();
  }

  /** The record's cells by canonical column, custom fields not included; absent values blank or left out. */
  abstract Map<String, String> write(A record);

  /**
   * Builds a record from a row's cells through the aggregate's builder.
   *
   * @throws CrmValidationException naming the column (or the model's field) and the rule broken
   */
  abstract A read(Cells cells, ImportContext context);

  /**
   * What identifies the row's record: the keys duplicates within a file are found by, and how to
   * find the stored record it duplicates.
   *
   * @throws CrmValidationException when a cell of a key cannot be read
   */
  abstract Identity<A> identify(Cells cells);

  /**
   * The stored records that rows duplicate, one answer per identity, in order: by default each row
   * looks itself up ({@link Identity#stored()}); a format whose repository finds many records in
   * one look-up asks it once for all of them.
   */
  List<Optional<Match<A>>> findStored(List<Identity<A>> identities, ImportPorts ports) {
    return identities.stream().map(identity -> identity.stored().apply(ports)).toList();
  }

  /** Saves the records through their repository, all or none, and returns the stored copies in order. */
  abstract List<A> saveAll(List<A> records, ImportPorts ports);

  /** The record at another version, to save an update over the stored one. */
  abstract A withVersion(A record, long version);

  /** The event announcing a record created by the import. */
  abstract CrmEvent created(A saved, IdGenerator ids, Instant now);

  /** The events announcing a record changed by the import, {@code *Changed} first. */
  abstract List<CrmEvent> changed(A before, A saved, Set<String> fields, IdGenerator ids, Instant now);

  /** The model's field a column sets, for change events: {@code first_name} sets {@code firstName}. */
  String fieldOf(String column) {
    if (column.startsWith(CUSTOM_FIELD_PREFIX)) {
      return "customFields." + column.substring(CUSTOM_FIELD_PREFIX.length());
    }
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  /** Every cell of a record: the canonical columns, then its custom fields by name. */
  final Map<String, String> cellsOf(A record) {
    Map<String, String> written = write(record);
    Map<String, String> cells = new LinkedHashMap<>();
    for (String column : columns()) {
      cells.put(column, written.getOrDefault(column, ""));
    }
    record.customFields().asMap().forEach((name, value) -> cells.put(CUSTOM_FIELD_PREFIX + name, text(value)));
    return cells;
  }

  // ------------------------------------------------------------------ helpers for the formats

  /** The record's custom fields from the {@code cf.} cells, checked against the schema if there is one. */
  static CustomFields customFields(Cells cells, ImportContext context) {
    Map<String, String> texts = new TreeMap<>();
    cells.asMap().forEach((column, text) -> {
      if (column.startsWith(CUSTOM_FIELD_PREFIX)) {
        texts.put(column.substring(CUSTOM_FIELD_PREFIX.length()), text);
      }
    });
    Optional<CustomFieldSchema> schema = context.schema();
    try {
      if (schema.isPresent()) {
        return schema.get().read(texts);
      }
      Map<String, CustomFieldValue> values = new TreeMap<>();
      texts.forEach((name, text) -> {
        if (!Cells.isBlank(text)) {
          values.put(name, new CustomFieldValue.Text(text));
        }
      });
      return CustomFields.of(values);
    } catch (CrmValidationException e) {
      String field = e.field().startsWith("customFields.")
          ? CUSTOM_FIELD_PREFIX + e.field().substring("customFields.".length()) : e.field();
      throw CrmValidationException.of(field, e.rule(), e.rejectedValue(), Cells.detail(e));
    }
  }

  /** The refusal of a blank cell in a column every row needs. */
  static CrmValidationException requiredCell(String column) {
    return CrmValidationException.of(column, "required", "", "a value is required in column " + column);
  }

  /** When the record was created: its cell, or now. */
  static Instant createdAt(Cells cells, ImportContext context) {
    return cells.instant(CREATED_AT).orElse(context.now());
  }

  /** When the record was last changed: its cell, or now (never before {@code createdAt}). */
  static Instant updatedAt(Cells cells, ImportContext context, Instant createdAt) {
    return cells.instant(UPDATED_AT).orElse(context.now().isBefore(createdAt) ? createdAt : context.now());
  }

  /** The cells every record has: owner, timestamps, written in the canonical text form. */
  static void writeCommon(Map<String, String> cells, Aggregate<?> record) {
    cells.put(ID, record.id().value());
    cells.put(CREATED_AT, record.createdAt().toString());
    cells.put(UPDATED_AT, record.updatedAt().toString());
  }

  /** An optional value's text, blank when absent. */
  static <T> String text(Optional<T> value, Function<? super T, String> write) {
    return value.map(write).orElse("");
  }

  /** An optional value's text by {@code toString}, blank when absent. */
  static String text(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }

  /** A custom field value as a cell writes it, in the form {@code CustomFieldDefinition.parse} reads. */
  static String text(CustomFieldValue value) {
    if (value instanceof CustomFieldValue.Text t) {
      return t.value();
    } else if (value instanceof CustomFieldValue.Number n) {
      return n.value().toPlainString();
    } else if (value instanceof CustomFieldValue.Date d) {
      return d.value().toString();
    } else if (value instanceof CustomFieldValue.Flag f) {
      return Boolean.toString(f.value());
    } else if (value instanceof CustomFieldValue.Choice c) {
      return c.value();
    }
    throw new IllegalStateException("unknown custom field value " + value);
  }

  /**
   * Everything one import needs to build records: the time, new ids, the store (to look up related
   * records) and the custom field schema.
   *
   * @param now when the import runs, from its clock
   * @param ids makes ids for rows without one
   * @param ports the store
   * @param schema the custom fields of the record type, if the host defines them
   * @param accountsFound the accounts rows named so far, by {@code id ...} or {@code domain ...}:
   *     looked up in the store once per import, since an import saves nothing while it reads its
   *     rows and saves no accounts when its rows name them
   */
  record ImportContext(Instant now, IdGenerator ids, ImportPorts ports, Optional<CustomFieldSchema> schema,
      Map<String, Optional<Account>> accountsFound) {

    /** The context of a new import, with no account looked up yet. */
    ImportContext(Instant now, IdGenerator ids, ImportPorts ports, Optional<CustomFieldSchema> schema) {
      this(now, ids, ports, schema, new HashMap<>());
    }

    /** The stored account with this id, looked up once per import. */
    Optional<Account> account(AccountId id) {
      return accountsFound.computeIfAbsent("id " + id.value(), key -> ports.accounts().findById(id));
    }

    /** The stored account with this normalised web domain, looked up once per import. */
    Optional<Account> accountByDomain(String domain) {
      return accountsFound.computeIfAbsent("domain " + domain, key -> ports.accounts().findByDomain(domain));
    }
  }

  /**
   * A stored record a row duplicates, and by what.
   *
   * @param record the stored record
   * @param key what matched, as a person reads it: {@code e-mail ada@example.com}
   */
  record Match<A>(A record, String key) {}

  /**
   * What identifies a row's record.
   *
   * @param lookup the keys to look for among earlier rows, in order: {@code id con-7},
   *     {@code e-mail ada@example.com}
   * @param index the keys later rows find this row by
   * @param stored finds the stored record the row duplicates, if any
   */
  record Identity<A>(List<String> lookup, List<String> index, Function<ImportPorts, Optional<Match<A>>> stored) {
    Identity {
      lookup = List.copyOf(lookup);
      index = List.copyOf(index);
    }
  }
}

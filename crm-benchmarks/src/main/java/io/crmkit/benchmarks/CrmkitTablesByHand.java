package io.crmkit.benchmarks;

import io.crmkit.core.event.ContactCreated;
import io.crmkit.core.port.IdGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor under crmkit's import: the same contacts written with plain JDBC straight into crmkit's
 * own tables, the rows crmkit's JDBC adapter writes for them, and none of crmkit's code. Each
 * contact is a {@code crm_contact} row with a JSON document built as text and its account in the
 * row's key column (a contact of the file has at most one, so crmkit writes no side-table row for
 * it), a {@code contact.created} event in {@code crm_outbox}, written as already relayed, and its
 * e-mail address and phone number in the look-up tables {@code crm_contact_email} and
 * {@code crm_contact_phone}, written after the contacts sorted by value as crmkit's transaction
 * writes them; the same time-ordered ids; batches of {@value #BATCH} rows per statement; one
 * transaction. No validation, normalisation beyond what the sample file needs, duplicate look-up,
 * savepoint or relay.
 *
 * <p>What this costs is what the schema costs on the database; the rest of crmkit's time is
 * crmkit's own work.
 */
public final class CrmkitTablesByHand {
  /** Rows per {@code executeBatch} of each statement. */
  static final int BATCH = 1_000;

  private CrmkitTablesByHand() {}

  /**
   * Writes every contact of a file made by {@link SampleContacts#writeContacts} into crmkit's
   * tables, which hold the accounts the file names.
   *
   * @return how many contacts were written
   */
  public static int insert(Connection connection, Path contacts, IdGenerator ids) throws SQLException, IOException {
    Map<String, String> accountIds = accountIdsByDomain(connection);
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    int inserted = 0;
    List<String[]> emails = new ArrayList<>();
    List<String[]> phones = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(contacts, StandardCharsets.UTF_8);
        PreparedStatement contact = connection.prepareStatement(
            "INSERT INTO crm_contact (id, version, created_at, updated_at, document, first_account_id)"
                + " VALUES (?, 1, ?, ?, ?, ?)");
        PreparedStatement event = connection.prepareStatement("INSERT INTO crm_outbox (event_id, aggregate_type,"
            + " aggregate_id, event_type, payload, occurred_at, relayed, relayed_at)"
            + " VALUES (?, 'Contact', ?, ?, ?, ?, TRUE, ?)")) {
      if (lines.readLine() == null) {
        throw new IOException(contacts + " has no header");
      }
      Instant now = Instant.now();
      OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        List<String> fields = PlainContactTable.fields(line);
        String id = ids.nextId();
        String phoneNumber = fields.get(4).replace(" ", "");
        String accountId = fields.get(5).isEmpty() ? "" : accountIds.getOrDefault(fields.get(5), "");
        contact.setString(1, id);
        contact.setObject(2, at);
        contact.setObject(3, at);
        contact.setString(4, document(id, fields, phoneNumber, accountId, now));
        contact.setString(5, accountId.isEmpty() ? null : accountId);
        emails.add(new String[] {fields.get(3), id});
        if (!phoneNumber.isEmpty()) {
          phones.add(new String[] {phoneNumber, id});
        }
        contact.addBatch();
        String eventId = ids.nextId();
        event.setString(1, eventId);
        event.setString(2, id);
        event.setString(3, ContactCreated.TYPE);
        event.setString(4, "{\"type\":\"" + ContactCreated.TYPE + "\",\"eventId\":\"" + eventId + "\",\"contactId\":\""
            + id + "\",\"aggregateVersion\":1,\"occurredAt\":\"" + now + "\"}");
        event.setObject(5, at);
        event.setObject(6, at);
        event.addBatch();
        if (++inserted % BATCH == 0) {
          executeBatches(contact, event);
        }
      }
      executeBatches(contact, event);
      insertInKeyOrder(connection, "INSERT INTO crm_contact_email (email, contact_id) VALUES (?, ?)", emails);
      insertInKeyOrder(connection, "INSERT INTO crm_contact_phone (phone, contact_id) VALUES (?, ?)", phones);
      connection.commit();
    } catch (SQLException | IOException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    return inserted;
  }

  /** Inserts (value, contact id) rows sorted by value, then id, in batches. */
  private static void insertInKeyOrder(Connection connection, String insert, List<String[]> rows) throws SQLException {
    rows.sort(Comparator.comparing((String[] row) -> row[0]).thenComparing(row -> row[1]));
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      int pending = 0;
      for (String[] row : rows) {
        statement.setString(1, row[0]);
        statement.setString(2, row[1]);
        statement.addBatch();
        if (++pending == BATCH) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    }
  }

  private static void executeBatches(PreparedStatement... statements) throws SQLException {
    for (PreparedStatement statement : statements) {
      statement.executeBatch();
    }
  }

  private static Map<String, String> accountIdsByDomain(Connection connection) throws SQLException {
    Map<String, String> ids = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id, web_domain FROM crm_account")) {
      while (rows.next()) {
        ids.put(rows.getString(2), rows.getString(1));
      }
    }
    return ids;
  }

  /** A contact's document with the properties crmkit writes for such a contact, built as text. */
  private static String document(String id, List<String> fields, String phone, String accountId, Instant now) {
    StringBuilder json = new StringBuilder(512).append("{\"id\":\"").append(id).append('"');
    property(json, "firstName", fields.get(0));
    property(json, "lastName", fields.get(1));
    property(json, "jobTitle", fields.get(2));
    json.append(",\"emails\":[\"").append(escaped(fields.get(3))).append("\"]");
    json.append(",\"phones\":[").append(phone.isEmpty() ? "" : "\"" + phone + "\"").append(']');
    json.append(",\"postalAddresses\":[],\"accountLinks\":[");
    if (!accountId.isEmpty()) {
      json.append("{\"accountId\":\"").append(accountId).append("\",\"role\":\"Employee\",\"primary\":true}");
    }
    json.append("],\"lifecycleStage\":\"Lead\",\"consent\":[],\"attribution\":{}")
        .append(",\"createdAt\":\"").append(now).append("\",\"updatedAt\":\"").append(now)
        .append("\",\"version\":1,\"customFields\":{}}");
    return json.toString();
  }

  private static void property(StringBuilder json, String name, String value) {
    if (!value.isEmpty()) {
      json.append(",\"").append(name).append("\":\"").append(escaped(value)).append('"');
    }
  }

  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}

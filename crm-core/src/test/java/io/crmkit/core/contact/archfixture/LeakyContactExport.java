package io.crmkit.core.contact.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A domain class that breaks the rules on purpose: it writes JSON with Jackson and talks to a
 * database with JDBC. Only architecture tests import it.
 */
public final class LeakyContactExport {
  private final ObjectMapper json = new ObjectMapper();

  /** Saves the contact as JSON straight into a table. */
  public void save(Connection connection, Object contact) throws Exception {
    String row = json.writeValueAsString(contact);
    try (Statement statement = connection.createStatement()) {
      statement.execute("insert into contacts values ('" + row + "')");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.crmkit.examples.cli;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.OrderId;
import io.crmkit.examples.CrmPorts;
import io.crmkit.examples.csv.ImportPorts;
import io.crmkit.examples.csv.RecordType;
import io.crmkit.examples.jdbc.CrmStorageException;
import io.crmkit.examples.jdbc.JdbcCrm;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The store the {@code import} and {@code export} commands work on: a {@link JdbcCrm} on the
 * database {@code --db} names (the embedded H2 database under {@code .crmkit} by default), its
 * ports, and every stored record of a type for an export.
 *
 * <p>The ports have no query for all records, so {@link #all} reads the ids from the JDBC adapter's
 * table of the type ({@code crm_contact}...) in creation order and each record through its
 * repository.
 */
final class CrmStore implements AutoCloseable {
  private static final Map<RecordType<?>, String> TABLES = Map.of(
      RecordType.CONTACTS, "crm_contact", RecordType.ACCOUNTS, "crm_account", RecordType.LEADS, "crm_lead",
      RecordType.OPPORTUNITIES, "crm_opportunity", RecordType.ORDERS, "crm_order",
      RecordType.ACTIVITIES, "crm_activity");

  private final JdbcCrm crm;
  private final String url;
  private final String user;
  private final String password;

  private CrmStore(JdbcCrm crm, String url, String user, String password) {
    this.crm = crm;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /**
   * Opens the database the options name, making and migrating it as needed.
   *
   * @throws CrmValidationException naming {@code db} with rule {@code unreachable} when the database
   *     cannot be opened (another process holds the embedded one, the server is down, the URL is
   *     wrong)
   */
  static CrmStore open(StoreOptions options) {
    String url = options.url != null ? options.url : JdbcCrm.embeddedUrl(JdbcCrm.DEFAULT_DIRECTORY);
    String user = options.user != null ? options.user : url.startsWith("jdbc:h2:") ? "sa" : "";
    String password = Optional.ofNullable(System.getenv(StoreOptions.PASSWORD_VARIABLE)).orElse("");
    try {
      JdbcCrm crm = options.url != null
          ? JdbcCrm.open(url, user, password)
          : JdbcCrm.openEmbedded(JdbcCrm.DEFAULT_DIRECTORY);
      // the command line has no subscribers: what it publishes is the records' history only
      return new CrmStore(crm.keepEventsAsHistoryOnly(), url, user, password);
    } catch (CrmStorageException e) {
      throw CrmValidationException.of("db", "unreachable", url, "cannot open the database: " + rootMessage(e));
    }
  }

  /** The store's ports, for an import. */
  ImportPorts ports() {
    return ImportPorts.of(CrmPorts.of(crm));
  }

  /** Every stored record of a type, oldest first (ties by id). */
  <A extends Aggregate<?>> List<A> all(RecordType<A> type) {
    List<String> ids = ids(TABLES.get(type));
    Function<String, Optional<? extends Aggregate<?>>> find;
    if (type == RecordType.CONTACTS) {
      find = id -> crm.contacts().findById(ContactId.of(id));
    } else if (type == RecordType.ACCOUNTS) {
      find = id -> crm.accounts().findById(AccountId.of(id));
    } else if (type == RecordType.LEADS) {
      find = id -> crm.leads().findById(LeadId.of(id));
    } else if (type == RecordType.OPPORTUNITIES) {
      find = id -> crm.opportunities().findById(OpportunityId.of(id));
    } else if (type == RecordType.ORDERS) {
      find = id -> crm.orders().findById(OrderId.of(id));
    } else {
      find = id -> crm.activities().findById(ActivityId.of(id));
    }
    List<A> records = new ArrayList<>(ids.size());
    for (String id : ids) {
      find.apply(id).ifPresent(record -> records.add(type.recordClass().cast(record)));
    }
    return records;
  }

  private List<String> ids(String table) {
    String query = "SELECT id FROM " + table + " ORDER BY created_at, id";
    try (Connection connection = DriverManager.getConnection(url, user, password);
        PreparedStatement statement = connection.prepareStatement(query);
        ResultSet rows = statement.executeQuery()) {
      List<String> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new CrmStorageException("listing " + table, e);
    }
  }

  @Override
  public void close() {
    crm.close();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    return message.lines().findFirst().orElse(message);
  }
}

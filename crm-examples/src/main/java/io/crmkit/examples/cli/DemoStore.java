package io.crmkit.examples.cli;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.examples.CrmPorts;
import io.crmkit.examples.jdbc.JdbcCrm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Where {@code crm demo} keeps its sample company: a fresh embedded database in a directory (by
 * default), a database the user names, or crm-core's in-memory adapters. Closing it closes the
 * database.
 */
final class DemoStore implements AutoCloseable {
  /** The directory of the demo's own database, under the working directory. */
  static final Path DEFAULT_DIRECTORY = Path.of(".crmkit", "demo");

  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

  private final CrmPorts ports;
  private final String description;
  private final Runnable closing;

  private DemoStore(CrmPorts ports, String description, Runnable closing) {
    this.ports = ports;
    this.description = description;
    this.closing = closing;
  }

  /** crm-core's in-memory adapters. */
  static DemoStore inMemory() {
    return new DemoStore(CrmPorts.of(InMemoryCrm.create()),
        "memory (crm-core's in-memory adapters; gone when the command ends)", () -> { });
  }

  /**
   * The embedded H2 database in a directory, emptied first: its files there are deleted, so every
   * run starts from nothing. Other files in the directory are left alone.
   *
   * @throws io.crmkit.examples.jdbc.CrmStorageException when the database cannot be made or opened
   */
  static DemoStore freshEmbedded(Path directory) {
    try {
      for (String suffix : new String[] {".mv.db", ".trace.db", ".lock.db"}) {
        Files.deleteIfExists(directory.resolve(JdbcCrm.EMBEDDED_DATABASE_NAME + suffix));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty the demo database in " + directory, e);
    }
    // nobody subscribes to the demo's own database: its events are the records' history only
    JdbcCrm crm = JdbcCrm.openEmbedded(directory).keepEventsAsHistoryOnly();
    return new DemoStore(CrmPorts.of(crm), "the H2 database " + directory.resolve(JdbcCrm.EMBEDDED_DATABASE_NAME
        + ".mv.db") + ", recreated for this run (it stays until the next one)", crm::close);
  }

  /**
   * The database at a JDBC URL, which must hold no CRM records yet: the demo adds its company and
   * never deletes anything there.
   *
   * @throws CrmValidationException when the database already holds leads (field {@code db}, rule
   *     {@code notEmpty})
   * @throws io.crmkit.examples.jdbc.CrmStorageException when the database cannot be reached or migrated
   */
  static DemoStore named(String jdbcUrl) {
    JdbcCrm crm = JdbcCrm.open(jdbcUrl, "sa", "");
    CrmPorts ports = CrmPorts.of(crm);
    boolean holdsLeads = Arrays.stream(LeadStatus.values()).anyMatch(s -> !ports.leads().findByStatus(s).isEmpty());
    if (holdsLeads) {
      crm.close();
      throw CrmValidationException.of("db", "notEmpty", withoutPassword(jdbcUrl), "the database already holds leads; the demo needs an"
          + " empty one, or leave --db out to use its own, recreated on every run");
    }
    return new DemoStore(ports, "the database at " + withoutPassword(jdbcUrl), crm::close);
  }

  /** The URL with the value of any {@code password} parameter masked, to be shown. */
  static String withoutPassword(String jdbcUrl) {
    return PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
  }

  /** The ports of the store. */
  CrmPorts ports() {
    return ports;
  }

  /** Where the records are, for the demo's output: {@code "the H2 database .crmkit/demo/crm.mv.db, ..."}. */
  String description() {
    return description;
  }

  /** Closes the database, if the store opened one. */
  @Override
  public void close() {
    closing.run();
  }
}

package io.crmkit.examples.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that say which database a command works on: {@code --db} and {@code --db-user}; the
 * password comes from the environment variable {@value #PASSWORD_VARIABLE}, never from the
 * command line, where other users of the machine could read it.
 */
final class StoreOptions {
  /** The environment variable holding the database password. */
  static final String PASSWORD_VARIABLE = "CRM_DB_PASSWORD";

  /** The database's JDBC URL; the embedded H2 database under {@code .crmkit} when absent. */
  @Option(
      names = "--db",
      paramLabel = "<jdbc-url>",
      description = "The database, as a JDBC URL (jdbc:postgresql://host/crm, jdbc:h2:file:/path/crm); default:"
          + " the embedded H2 database in .crmkit under the working directory.")
  @Nullable String url;

  /** The database user; {@code sa} for H2 unless given. */
  @Option(
      names = "--db-user",
      paramLabel = "<user>",
      description = "The database user (default: sa for H2). The password is read from the environment"
          + " variable " + PASSWORD_VARIABLE + ".")
  @Nullable String user;

  /** Makes the options; picocli fills them in. */
  StoreOptions() {}
}

package io.crmkit.examples.jdbc;

/**
 * The database failed to read or write: it is unreachable, refused a statement, or holds a stored
 * record that no longer reads as the model. The cause is the driver's {@link java.sql.SQLException}
 * or the JSON module's exception. Whatever the failing call was writing was rolled back.
 *
 * <p>A save refused because its version is stale is not this exception but a
 * {@link io.crmkit.core.ConcurrentUpdateException}.
 */
public final class CrmStorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception.
   *
   * @param message what was being done, such as {@code "saving Account acc-1"}
   * @param cause the driver's or the JSON module's exception
   */
  public CrmStorageException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}

package io.crmkit.core;

/**
 * A save was refused because the record changed since it was read: the version given is not the
 * stored one. Read again, reapply the change and save again; nothing was written.
 */
public final class ConcurrentUpdateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String recordType;
  private final String recordId;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Makes the exception.
   *
   * @param recordType the aggregate's type, such as {@code "Contact"}
   * @param recordId the aggregate's id
   * @param expectedVersion the version the caller read
   * @param actualVersion the version stored now ({@code -1} when the record does not exist)
   */
  public ConcurrentUpdateException(
      String recordType, String recordId, long expectedVersion, long actualVersion) {
    super(recordType + " " + recordId + " was changed by someone else: read version "
        + expectedVersion + ", stored version "
        + (actualVersion < 0 ? "none" : Long.toString(actualVersion)));
    this.recordType = recordType;
    this.recordId = recordId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The aggregate's type. */
  public String recordType() {
    return recordType;
  }

  /** The aggregate's id. */
  public String recordId() {
    return recordId;
  }

  /** The version the caller read. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version stored now, or {@code -1} when the record does not exist. */
  public long actualVersion() {
    return actualVersion;
  }
}

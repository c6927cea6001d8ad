package io.crmkit.core.port;

import java.util.function.Supplier;

/**
 * Runs work as one transaction over the repositories and the event publisher of the same host:
 * either everything the work saved is stored and everything it published is delivered, or
 * nothing is. Implemented by the host application (around a database transaction and an outbox);
 * an in-memory version ships with crm-core.
 *
 * <p>The contract every implementation keeps:
 *
 * <ul>
 *   <li><b>Same thread.</b> The work runs on the calling thread; its result is returned and its
 *       exception is rethrown unchanged.
 *   <li><b>Commit.</b> When the work returns normally, every save it made is checked against the
 *       stored version and, if all match, stored at once: another thread sees all of the saves or
 *       none of them. Then the events the work published are delivered in the order published.
 *   <li><b>Conflict.</b> If any save's version no longer matches the stored one when the
 *       transaction commits, the commit fails with {@link io.crmkit.core.ConcurrentUpdateException},
 *       nothing is stored and no event is delivered. (A save that is already stale when made fails
 *       at once, inside the work.)
 *   <li><b>Rollback.</b> When the work throws, nothing it saved is stored and no event it published
 *       is delivered; the exception propagates.
 *   <li><b>Isolation.</b> Inside the work, a repository returns what the work saved (read your own
 *       writes); other threads do not see those saves before the commit. Records the work did not
 *       save are read as last committed.
 *   <li><b>Nesting.</b> A call made inside another on the same thread joins the outer transaction:
 *       what it saves and publishes is committed or dropped with the outer one, never on its own.
 *       If the nested work throws, what it saved and published is dropped (as at a savepoint) and
 *       the exception propagates; if the outer work catches it and returns, the rest commits.
 * </ul>
 */
public interface UnitOfWork {
  /**
   * Runs the work in a transaction, or joins the one already running on this thread.
   *
   * @param work what to do; its saves and events are kept only if it returns normally
   * @param <T> the work's result type
   * @return the work's result
   * @throws io.crmkit.core.ConcurrentUpdateException when a save conflicts, at once or at commit
   */
  <T> T inTransaction(Supplier<T> work);

  /** Runs work without a result in a transaction, like {@link #inTransaction(Supplier)}. */
  default void run(Runnable work) {
    inTransaction(() -> {
      work.run();
      return Boolean.TRUE;
    });
  }
}

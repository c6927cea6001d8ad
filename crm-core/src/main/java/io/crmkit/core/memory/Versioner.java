package io.crmkit.core.memory;

/**
 * Makes a copy of an aggregate at another version; for Immutables aggregates it is the generated
 * {@code withVersion}, as in {@code Account::withVersion}.
 *
 * @param <A> the aggregate type
 */
@FunctionalInterface
public interface Versioner<A> {
  /** The aggregate with its version set to {@code version}. */
  A withVersion(A aggregate, long version);
}

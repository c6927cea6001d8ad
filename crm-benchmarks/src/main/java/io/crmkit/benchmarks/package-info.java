/**
 * JMH benchmarks of crmkit, each side by side with a peer in the same run; run them from
 * {@code crm-benchmarks/target/benchmarks.jar} as each benchmark's documentation says, never as
 * part of the build. The latest figures are in {@code crm-benchmarks/README.md}.
 */
@NullMarked
package io.crmkit.benchmarks;

import org.jspecify.annotations.NullMarked;

/**
 * The demo: a sample company made from a seed ({@link io.crmkit.examples.demo.SampleCompany}) on a
 * simulated clock with sequential ids, and what {@code crm demo} prints about it
 * ({@link io.crmkit.examples.demo.DemoReport}).
 */
@NullMarked
package io.crmkit.examples.demo;

import org.jspecify.annotations.NullMarked;

/**
 * The demo: a small, reproducible story on the in-memory CRM (leads converted, a deal worked, a
 * contact's timeline), told by {@code crm demo}.
 */
@NullMarked
package io.crmkit.examples.demo;

import org.jspecify.annotations.NullMarked;

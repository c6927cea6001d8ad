/**
 * Typed ids of every aggregate and of the users who own records. They live together so that any
 * package can name any record without depending on the package that defines it.
 */
@NullMarked
package io.crmkit.core.id;

import org.jspecify.annotations.NullMarked;

/** CSV import and export (documentation to follow). */
@NullMarked
package io.crmkit.examples.csv;

import org.jspecify.annotations.NullMarked;

/**
 * The {@code crm} command line: the top command, its subcommands and how failures become exit codes.
 *
 * <p>Start at {@link io.crmkit.examples.cli.Crm}; add a subcommand by listing its class in
 * {@link io.crmkit.examples.cli.CrmCommand}.
 */
@NullMarked
package io.crmkit.examples.cli;

import org.jspecify.annotations.NullMarked;

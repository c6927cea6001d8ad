/**
 * crm-examples, a host application of crmkit: the ports of a CRM store bundled as
 * {@link io.crmkit.examples.CrmPorts}, the command line ({@code cli}), the demo's sample company
 * ({@code demo}) and the manager's report ({@code report}).
 */
@NullMarked
package io.crmkit.examples;

import org.jspecify.annotations.NullMarked;

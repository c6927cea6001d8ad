/**
 * crmkit's core: the vocabulary shared by every module (validation, versions, ids) and the CRM model
 * in the sub-packages.
 */
@CrmStyle
@NullMarked
package io.crmkit.core;

import org.jspecify.annotations.NullMarked;

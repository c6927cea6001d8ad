package io.crmkit.examples.architecture.archfixture;

import io.crmkit.core.internal.Texts;

/**
 * A host-application class that breaks the internal rule on purpose: it calls crm-core's internal
 * text helper. Only architecture tests import it.
 */
public final class FoldingImporter {
  /** Folds the white space of an imported name. */
  public String name(String raw) {
    return Texts.fold(raw);
  }
}

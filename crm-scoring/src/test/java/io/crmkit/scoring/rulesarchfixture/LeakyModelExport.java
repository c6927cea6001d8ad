package io.crmkit.scoring.rulesarchfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A scoring class outside the json package that breaks the JSON rule on purpose: it writes a model
 * with Jackson. Only architecture tests import it.
 */
public final class LeakyModelExport {
  /** The model's name as JSON. */
  public String export(String name) throws Exception {
    return new ObjectMapper().writeValueAsString(name);
  }
}

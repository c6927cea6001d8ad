package io.crmkit.lifecycle.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A lifecycle class that breaks the JSON rule on purpose: it writes a stage with Jackson outside
 * the json package. Only architecture tests import it.
 */
public final class LeakyStageExport {
  private final ObjectMapper json = new ObjectMapper();

  /** The stage as JSON. */
  public String export(Object stage) throws Exception {
    return json.writeValueAsString(stage);
  }
}

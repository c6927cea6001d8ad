package io.crmkit.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A ready-made Jackson mapper for crm-core.
 *
 * <pre>{@code
 * ObjectMapper mapper = CrmJson.mapper();
 * String json = mapper.writeValueAsString(contact);
 * Contact again = mapper.readValue(json, Contact.class);
 * }</pre>
 */
public final class CrmJson {
  private CrmJson() {}

  /**
   * A new mapper with the {@link CrmJsonModule} registered, refusing anything after the value read
   * ({@code {...} garbage}), and Jackson's defaults otherwise. Make it once and share it: a
   * configured mapper is thread-safe.
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new CrmJsonModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /** The module alone, to register with a mapper the host configures itself. */
  public static CrmJsonModule module() {
    return new CrmJsonModule();
  }
}

package io.crmkit.scoring.rules;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.lead.Lead;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Ready-made {@link ScoringSchema schemas}: crm-core's {@link Lead}, and rows of a file read as maps. */
public final class ScoringSchemas {
  /** The custom field the lead schema reads as {@code country}: a lead has no country of its own. */
  public static final String COUNTRY_CUSTOM_FIELD = "country";

  private static final ScoringSchema<Lead> LEAD = ScoringSchema.<Lead>builder("Lead")
      .text("jobTitle", Lead::jobTitle)
      .text("industry", Lead::industry)
      .optionalInteger("companySize", Lead::companySize)
      .text("companyName", Lead::companyName)
      .text("companyDomain", Lead::companyDomain)
      .nullableText("email", lead -> lead.email().isPresent() ? lead.email().get().value() : null)
      .nullableText("emailDomain", lead -> lead.email().isPresent() ? lead.email().get().domain() : null)
      .nullableText("leadSource", Lead::leadSource)
      .nullableText("status", lead -> lead.status().name())
      .nullableText("country", ScoringSchemas::country)
      .customFields(Lead::customFields)
      .build();

  private ScoringSchemas() {}

  /**
   * crm-core's lead. Text fields: {@code jobTitle}, {@code industry}, {@code companyName},
   * {@code companyDomain}, {@code email}, {@code emailDomain} ({@code gmail.com}),
   * {@code leadSource}, {@code status} ({@code NEW}, {@code WORKING}...) and {@code country} (the
   * custom field {@value #COUNTRY_CUSTOM_FIELD}, a text or a choice); number field
   * {@code companySize}; every custom field as {@code custom.<name>}. A lead carries no behaviour
   * events: pass them to {@link Scorer#score(Object, List, java.time.Instant)}.
   */
  public static ScoringSchema<Lead> lead() {
    return LEAD;
  }

  /**
   * Rows of a file (a CSV file read into maps from column to value), one field per column, each a
   * {@link FieldKind#TEXT_OR_NUMBER}: a value is stripped, an empty or missing value is absent.
   *
   * @param columns the columns rules may name, white space folded, such as the file's header
   * @throws CrmValidationException naming {@code scoringSchema.field} for a blank or repeated column
   */
  public static ScoringSchema<Map<String, String>> row(Collection<String> columns) {
    CrmValidationException.required("columns", columns);
    ScoringSchema.Builder<Map<String, String>> schema = ScoringSchema.builder("Row");
    for (String column : columns) {
      String name = Words.required("scoringSchema.field", column);
      schema.textOrNumber(name, row -> value(row, column));
    }
    return schema.build();
  }

  private static @Nullable String value(Map<String, String> row, String column) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static @Nullable String country(Lead lead) {
    Optional<CustomFieldValue> value = lead.customFields().get(COUNTRY_CUSTOM_FIELD);
    if (value.isPresent() && value.get() instanceof CustomFieldValue.Text text) {
      return text.value();
    }
    if (value.isPresent() && value.get() instanceof CustomFieldValue.Choice choice) {
      return choice.value();
    }
    return null;
  }
}

package io.crmkit.examples.csv;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFieldSchema;
import java.util.Optional;

/**
 * How to import a file: how its columns map, what to do with unknown columns and duplicates,
 * whether to save at all and whether to save the good rows when some are rejected.
 *
 * @param mapping source column to canonical column
 * @param ignoreUnknownColumns whether columns that are neither canonical nor mapped are ignored
 *     (and listed in the report's notes) instead of refusing the file
 * @param dryRun whether to check everything and save nothing
 * @param partial whether to save the good rows when some are rejected; without it a single
 *     rejected row means nothing is saved
 * @param onDuplicate what to do with a row that duplicates a stored record or an earlier row
 * @param limits the most a file may hold
 * @param customFields the custom fields of the record type, to read {@code cf.} columns by their
 *     types and check them; without a schema every custom field is read as text
 */
public record ImportOptions(
    ColumnMapping mapping,
    boolean ignoreUnknownColumns,
    boolean dryRun,
    boolean partial,
    DuplicatePolicy onDuplicate,
    CsvLimits limits,
    Optional<CustomFieldSchema> customFields) {

  /** Checks that every option is given. */
  public ImportOptions {
    CrmValidationException.required("options.mapping", mapping);
    CrmValidationException.required("options.onDuplicate", onDuplicate);
    CrmValidationException.required("options.limits", limits);
    CrmValidationException.required("options.customFields", customFields);
  }

  /** No mapping, unknown columns refused, saved all-or-nothing, duplicates skipped, default limits. */
  public static ImportOptions defaults() {
    return new ImportOptions(ColumnMapping.none(), false, false, false, DuplicatePolicy.SKIP, CsvLimits.DEFAULT,
        Optional.empty());
  }

  /** These options with another column mapping. */
  public ImportOptions withMapping(ColumnMapping columnMapping) {
    return new ImportOptions(columnMapping, ignoreUnknownColumns, dryRun, partial, onDuplicate, limits, customFields);
  }

  /** These options ignoring unknown columns instead of refusing the file. */
  public ImportOptions ignoringUnknownColumns() {
    return new ImportOptions(mapping, true, dryRun, partial, onDuplicate, limits, customFields);
  }

  /** These options as a dry run: everything checked, nothing saved. */
  public ImportOptions asDryRun() {
    return new ImportOptions(mapping, ignoreUnknownColumns, true, partial, onDuplicate, limits, customFields);
  }

  /** These options saving the good rows even when some are rejected. */
  public ImportOptions asPartial() {
    return new ImportOptions(mapping, ignoreUnknownColumns, dryRun, true, onDuplicate, limits, customFields);
  }

  /** These options with another duplicate policy. */
  public ImportOptions onDuplicate(DuplicatePolicy policy) {
    return new ImportOptions(mapping, ignoreUnknownColumns, dryRun, partial, policy, limits, customFields);
  }

  /** These options with other limits. */
  public ImportOptions withLimits(CsvLimits csvLimits) {
    return new ImportOptions(mapping, ignoreUnknownColumns, dryRun, partial, onDuplicate, csvLimits, customFields);
  }

  /** These options with the custom fields of the record type. */
  public ImportOptions withCustomFields(CustomFieldSchema schema) {
    return new ImportOptions(mapping, ignoreUnknownColumns, dryRun, partial, onDuplicate, limits,
        Optional.of(CrmValidationException.required("options.customFields", schema)));
  }
}

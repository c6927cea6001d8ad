package io.crmkit.analytics.adoption;

import io.crmkit.analytics.tally.Grouped;
import io.crmkit.analytics.tally.Mergeable;
import io.crmkit.analytics.tally.Proportion;
import io.crmkit.core.CrmValidationException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * How complete the records of one type are: the share of expected fields filled, the fill rate of
 * each field, and the records that meet the data-completeness bar (80% of their fields filled by
 * default).
 *
 * @param barPercent the share of fields a record must have filled to meet the bar, 1 to 100 percent
 * @param records how many records
 * @param recordsMeetingBar how many of them meet the bar
 * @param fields fields filled out of fields expected, over all records
 * @param byField each field's records filled out of records expecting it, sorted by field
 */
public record FieldCompletion(int barPercent, long records, long recordsMeetingBar, Proportion fields,
    Map<String, Proportion> byField) implements Mergeable<FieldCompletion> {
  /** The usual data-completeness bar: {@value} percent of a record's fields filled. */
  public static final int COMPLETENESS_BAR = 80;

  /**
   * Checks the tally.
   *
   * @throws CrmValidationException when the bar is not 1 to 100 ({@code fieldCompletion.barPercent},
   *     rule {@code range}) or the record counts are inconsistent ({@code fieldCompletion.records},
   *     {@code range})
   */
  public FieldCompletion {
    checkBar(barPercent);
    CrmValidationException.required("fieldCompletion.fields", fields);
    CrmValidationException.required("fieldCompletion.byField", byField);
    if (records < 0 || recordsMeetingBar < 0 || recordsMeetingBar > records) {
      throw CrmValidationException.of("fieldCompletion.records", "range", recordsMeetingBar + "/" + records,
          "0 <= records meeting the bar <= records");
    }
    byField = Collections.unmodifiableMap(new TreeMap<>(byField));
  }

  /** No record, judged by a bar. */
  public static FieldCompletion empty(int barPercent) {
    return new FieldCompletion(barPercent, 0, 0, Proportion.none(), Map.of());
  }

  /** The completion of the records (of one type), judged by a bar in percent. */
  public static FieldCompletion of(Iterable<RecordCompleteness> records, int barPercent) {
    checkBar(barPercent);
    CrmValidationException.required("records", records);
    long count = 0;
    long meeting = 0;
    long expected = 0;
    long filled = 0;
    Map<String, Proportion> byField = new TreeMap<>();
    for (RecordCompleteness record : records) {
      count++;
      if (record.meets(barPercent)) {
        meeting++;
      }
      expected += record.expected().size();
      filled += record.filled().size();
      for (String field : record.expected()) {
        byField.merge(field, Proportion.of(record.filled().contains(field) ? 1 : 0, 1), Proportion::combine);
      }
    }
    return new FieldCompletion(barPercent, count, meeting, Proportion.of(filled, expected), byField);
  }

  /** The completion per record type, judged by a bar in percent. */
  public static Grouped<String, FieldCompletion> byRecordType(Iterable<RecordCompleteness> records, int barPercent) {
    checkBar(barPercent);
    return Grouped.of(records, RecordCompleteness::recordType, group -> of(group, barPercent));
  }

  /** The share of expected fields filled, 0 to 1; empty without records. */
  public OptionalDouble completionRate() {
    return fields.share();
  }

  /** Records meeting the bar out of all records. */
  public Proportion meetingBar() {
    return Proportion.of(recordsMeetingBar, records);
  }

  /** Whether the records as a whole meet the bar: their completion rate is at least the bar. */
  public boolean meetsBar() {
    return !fields.isEmpty() && fields.part() * 100 >= (long) barPercent * fields.whole();
  }

  /** The fields filled in fewer records than the bar asks, least filled first (ties by name). */
  public List<String> fieldsBelowBar() {
    return byField.entrySet().stream()
        .filter(e -> e.getValue().part() * 100 < (long) barPercent * e.getValue().whole())
        .sorted(Map.Entry.<String, Proportion>comparingByValue((a, b) -> Long.compare(a.part() * b.whole(),
            b.part() * a.whole())).thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  @Override
  public FieldCompletion combine(FieldCompletion other) {
    if (barPercent != other.barPercent) {
      throw CrmValidationException.of("fieldCompletion.barPercent", "mismatch", other.barPercent,
          "cannot combine tallies judged by " + barPercent + "% and " + other.barPercent + "%");
    }
    Map<String, Proportion> merged = new TreeMap<>(byField);
    other.byField.forEach((field, p) -> merged.merge(field, p, Proportion::combine));
    return new FieldCompletion(barPercent, records + other.records, recordsMeetingBar + other.recordsMeetingBar,
        fields.combine(other.fields), merged);
  }

  private static void checkBar(int barPercent) {
    if (barPercent < 1 || barPercent > 100) {
      throw CrmValidationException.of("fieldCompletion.barPercent", "range", barPercent, "a bar is 1 to 100 percent");
    }
  }
}

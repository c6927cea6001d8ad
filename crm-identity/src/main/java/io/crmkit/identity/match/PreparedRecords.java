package io.crmkit.identity.match;

import io.crmkit.core.CrmValidationException;
import io.crmkit.identity.compare.Comparison;
import io.crmkit.identity.compare.PreparedColumn;
import io.crmkit.identity.normalise.Normaliser;
import io.crmkit.identity.record.IdentityRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Records in id order with every field the settings read prepared once: comparison columns and matching forms. */
final class PreparedRecords {
  final List<IdentityRecord> records;
  final String[] ids;
  final PreparedColumn[] columns;
  final Map<String, String[]> fields;

  private PreparedRecords(List<IdentityRecord> records, String[] ids, PreparedColumn[] columns,
      Map<String, String[]> fields) {
    this.records = records;
    this.ids = ids;
    this.columns = columns;
    this.fields = fields;
  }

  /**
   * Sorts the records by id and prepares them.
   *
   * @throws CrmValidationException naming {@code records.id} (rule {@code unique}) when two records share an id
   */
  static PreparedRecords of(MatchSettings settings, List<IdentityRecord> records, String name) {
    CrmValidationException.required(name, records);
    List<IdentityRecord> sorted = new ArrayList<>(records);
    sorted.forEach(r -> CrmValidationException.required(name, r));
    sorted.sort(Comparator.comparing(IdentityRecord::id));
    String[] ids = new String[sorted.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = sorted.get(i).id();
      if (i > 0 && ids[i].equals(ids[i - 1])) {
        throw CrmValidationException.of("records.id", "unique", ids[i], "each record has its own id");
      }
    }
    List<IdentityRecord> frozen = List.copyOf(sorted);
    List<Comparison> comparisons = settings.comparisons();
    PreparedColumn[] columns = new PreparedColumn[comparisons.size()];
    Map<String, String[]> fields = new HashMap<>();
    for (int c = 0; c < columns.length; c++) {
      columns[c] = comparisons.get(c).prepare(frozen);
      fields.putIfAbsent(comparisons.get(c).field(), columns[c].values());
    }
    for (String field : settings.fields()) {
      if (!fields.containsKey(field)) {
        Normaliser normaliser = settings.normaliserOf(field);
        String[] values = new String[ids.length];
        IntStream range = IntStream.range(0, ids.length);
        (ids.length >= 20_000 ? range.parallel() : range)
            .forEach(i -> values[i] = normaliser.normalise(frozen.get(i), field).orElse(null));
        fields.put(field, values);
      }
    }
    return new PreparedRecords(frozen, ids, columns, Map.copyOf(fields));
  }

  int size() {
    return ids.length;
  }

  /** The index of a record id, or -1. */
  int indexOf(String id) {
    int index = Arrays.binarySearch(ids, id);
    return index < 0 ? -1 : index;
  }

  String[] field(String field) {
    String[] values = fields.get(field);
    if (values == null) {
      throw new IllegalArgumentException("field not prepared: " + field);
    }
    return values;
  }
}

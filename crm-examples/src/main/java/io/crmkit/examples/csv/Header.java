package io.crmkit.examples.csv;

import io.crmkit.core.customfield.CustomFieldSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A file's header resolved against a record type: which canonical column each source column holds,
 * which are ignored, and every reason to refuse the file before any row is read.
 */
final class Header {
  private static final Pattern CUSTOM_FIELD_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private final List<Optional<String>> targets;
  private final List<ImportProblem> problems;
  private final List<String> notes;

  private Header(List<Optional<String>> targets, List<ImportProblem> problems, List<String> notes) {
    this.targets = List.copyOf(targets);
    this.problems = List.copyOf(problems);
    this.notes = List.copyOf(notes);
  }

  /** Resolves the header record of a file. */
  static Header resolve(CsvRecord header, RecordFormat<?> format, ImportOptions options) {
    int line = header.line();
    List<ImportProblem> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> names = header.fields();
    for (CsvRecord.Problem p : header.problems()) {
      problems.add(new ImportProblem(line, "header", p.rule(),
          (p.field() < 0 ? "" : "column " + (p.field() + 1) + ": ") + p.reason()));
    }
    if (names.size() > options.limits().maxColumns()) {
      problems.add(new ImportProblem(line, "header", "columns", "more than " + options.limits().maxColumns()
          + " columns"));
      return new Header(List.of(), problems, notes);
    }
    Set<String> canonical = new HashSet<>(format.columns());
    Optional<CustomFieldSchema> schema = options.customFields();
    ColumnMapping mapping = options.mapping();
    List<Optional<String>> targets = new ArrayList<>();
    Map<String, Integer> sourceAt = new HashMap<>();
    Map<String, Integer> targetAt = new HashMap<>();
    Set<String> usedMappings = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String source = ColumnMapping.key(name);
      String shown = "'" + name + "' (column " + (i + 1) + ")";
      Integer earlier = sourceAt.putIfAbsent(source, i);
      if (earlier != null && !source.isEmpty()) {
        problems.add(new ImportProblem(line, name, "duplicate", "the column " + shown + " repeats '"
            + names.get(earlier) + "' (column " + (earlier + 1) + "); remove or rename one"));
        targets.add(Optional.empty());
        continue;
      }
      Optional<String> mapped = mapping.targetOf(name);
      mapped.ifPresent(t -> usedMappings.add(source));
      String target = mapped.orElse(source);
      if (target.equals(ColumnMapping.IGNORE)) {
        notes.add("ignored column " + shown + " as mapped");
        targets.add(Optional.empty());
        continue;
      }
      Optional<String> problem = unknown(target, canonical, schema, format);
      if (problem.isPresent()) {
        if (mapped.isPresent()) {
          problems.add(new ImportProblem(line, name, "mapping", "the mapping '"
              + mapping.pairsBySource().get(source) + "' names no column: " + problem.get()));
        } else if (options.ignoreUnknownColumns()) {
          notes.add("ignored unknown column " + shown);
        } else {
          problems.add(source.isEmpty()
              ? new ImportProblem(line, "header", "unknown", "column " + (i + 1)
                  + " has no name: name it, or ignore unknown columns (--ignore-unknown-columns)")
              : new ImportProblem(line, name, "unknown", "the column " + shown + " is unknown: " + problem.get()
                  + "; map it with --map '" + name + "=<column>' or ignore it with --map '" + name + "=-'"));
        }
        targets.add(Optional.empty());
        continue;
      }
      Integer same = targetAt.putIfAbsent(target, i);
      if (same != null) {
        problems.add(new ImportProblem(line, target, "duplicate", "the columns '" + names.get(same) + "' (column "
            + (same + 1) + ") and " + shown + " both hold " + target));
        targets.add(Optional.empty());
        continue;
      }
      targets.add(Optional.of(target));
    }
    mapping.pairsBySource().forEach((source, pair) -> {
      if (!usedMappings.contains(source)) {
        notes.add("the mapping '" + pair + "' was not used: the file has no such column");
      }
    });
    List<Set<String>> required = options.onDuplicate() == DuplicatePolicy.UPDATE
        ? List.of(format.identifyingColumns()) : format.requiredColumns();
    for (Set<String> alternatives : required) {
      if (alternatives.stream().noneMatch(targetAt::containsKey)) {
        List<String> ordered = format.columns().stream().filter(alternatives::contains).toList();
        problems.add(new ImportProblem(line, String.join("|", ordered), "required", ordered.size() == 1
            ? "the file has no column " + ordered.get(0) + "; name it so or map yours to it with --map"
            : "the file has none of the columns " + String.join(", ", ordered) + "; at least one is needed"));
      }
    }
    return new Header(targets, problems, notes);
  }

  /** Why a target is not a column of the record type, if it is not. */
  private static Optional<String> unknown(String target, Set<String> canonical, Optional<CustomFieldSchema> schema,
      RecordFormat<?> format) {
    if (canonical.contains(target)) {
      return Optional.empty();
    }
    if (target.startsWith(RecordFormat.CUSTOM_FIELD_PREFIX)) {
      String name = target.substring(RecordFormat.CUSTOM_FIELD_PREFIX.length());
      if (!CUSTOM_FIELD_NAME.matcher(name).matches()) {
        return Optional.of("'" + name + "' is not a custom field name (lower-case letters, digits and _,"
            + " starting with a letter)");
      }
      if (schema.isPresent() && schema.get().definition(name).isEmpty()) {
        return Optional.of(format.recordType() + " has no custom field '" + name + "'");
      }
      return Optional.empty();
    }
    return Optional.of("the columns of " + format.recordType() + " are " + String.join(", ", format.columns())
        + " and cf.<custom field>");
  }

  /** The reasons to refuse the file; empty when its rows can be read. */
  List<ImportProblem> problems() {
    return problems;
  }

  /** What was ignored or not used. */
  List<String> notes() {
    return notes;
  }

  /** How many fields a row has. */
  int width() {
    return targets.size();
  }

  /** The canonical column of a field, or {@code "column N"} for an ignored one, for messages. */
  String columnOf(int field) {
    if (field < 0) {
      return "row";
    }
    return field < targets.size() ? targets.get(field).orElse("column " + (field + 1)) : "column " + (field + 1);
  }

  /** The cells of a row's fields, by canonical column; ignored columns left out. */
  Cells cells(List<String> fields) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < targets.size() && i < fields.size(); i++) {
      int index = i;
      targets.get(i).ifPresent(column -> cells.put(column, fields.get(index)));
    }
    return new Cells(cells);
  }

  @Override
  public String toString() {
    return targets.stream().map(t -> t.orElse("-")).collect(Collectors.joining(","));
  }
}

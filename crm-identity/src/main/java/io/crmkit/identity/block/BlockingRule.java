package io.crmkit.identity.block;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A blocking rule: records whose key parts all agree land in one block and are compared pairwise.
 * A union of rules compares a pair when any rule puts both records in one block.
 *
 * <p>A block with more than {@link #maxBlockSize()} records is skipped, not compared, and
 * reported: a common key ("john smith", a shared office e-mail address) would otherwise make most
 * of the comparisons and few of the matches.
 *
 * @param name the rule's name in reports, unique within a union
 * @param parts the key parts, all of which must be present for a record to have a key
 * @param maxBlockSize the most records a block may hold and still be compared, 2 or more
 */
public record BlockingRule(String name, List<KeyPart> parts, int maxBlockSize) {
  /** The largest block compared unless a rule says otherwise. */
  public static final int DEFAULT_MAX_BLOCK_SIZE = 1_000;

  /** Separates the parts of a key. */
  private static final char SEPARATOR = '\u001f';

  /** Checks the name, the parts and the block size. */
  public BlockingRule {
    CrmValidationException.required("blockingRule.parts", parts);
    if (parts.isEmpty()) {
      throw CrmValidationException.of("blockingRule.parts", "required", name, "a rule has at least one key part");
    }
    name = CrmValidationException.requiredText("blockingRule.name", name);
    parts.forEach(p -> CrmValidationException.required("blockingRule.parts", p));
    parts = List.copyOf(parts);
    if (maxBlockSize < 2) {
      throw CrmValidationException.of("blockingRule.maxBlockSize", "range", maxBlockSize,
          "a block of 2 or more records makes a comparison");
    }
  }

  /** A rule on the given key parts, named after them ({@code surname[0:2] + postcode}), with the default block size. */
  public static BlockingRule on(KeyPart... parts) {
    List<KeyPart> list = List.of(parts);
    return new BlockingRule(list.stream().map(KeyPart::label).collect(Collectors.joining(" + ")), list,
        DEFAULT_MAX_BLOCK_SIZE);
  }

  /** A rule on exact agreement of the given fields. */
  public static BlockingRule onFields(String... fields) {
    List<KeyPart> parts = new ArrayList<>();
    for (String field : fields) {
      parts.add(KeyPart.exact(field));
    }
    return on(parts.toArray(KeyPart[]::new));
  }

  /** This rule under another name. */
  public BlockingRule named(String newName) {
    return new BlockingRule(newName, parts, maxBlockSize);
  }

  /** This rule with another maximum block size. */
  public BlockingRule withMaxBlockSize(int records) {
    return new BlockingRule(name, parts, records);
  }

  /** The fields the rule reads, in order, without repeats. */
  public List<String> fields() {
    return parts.stream().map(KeyPart::field).distinct().toList();
  }

  /**
   * The key of a record, or empty when a part has no value.
   *
   * @param matchingForm the matching form of a field of the record, or empty when it is missing
   */
  public Optional<String> key(Function<String, Optional<String>> matchingForm) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      KeyPart part = parts.get(i);
      Optional<String> value = matchingForm.apply(part.field()).flatMap(part::key);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (i > 0) {
        key.append(SEPARATOR);
      }
      key.append(value.get());
    }
    return Optional.of(key.toString());
  }
}

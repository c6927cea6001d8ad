package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import io.crmkit.lifecycle.internal.Names;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Ready-made {@link ExitCriterion exit criteria}, made from functions that read the record, and
 * their combinations.
 *
 * <pre>{@code
 * ExitCriterion<Deal> discoveryDone = Criteria.all("discovery done", "discovery is complete",
 *     Criteria.notePresent("problem written", "problem", Deal::noteKinds),
 *     Criteria.notePresent("success measures written", "success measures", Deal::noteKinds),
 *     Criteria.approvalRecorded("measures confirmed", "buyer confirmation", Deal::approvals));
 * ExitCriterion<Deal> budgetKnown = Criteria.fieldFilled("budget known", "budget", Deal::budget);
 * }</pre>
 *
 * <p>The functions are called at each check, so they should be plain accessors. Kinds of notes,
 * roles and approvals are compared in the canonical form of names (see {@link StageName}):
 * {@code "Success  Measures"} matches {@code "success measures"}. Nothing is looked up by
 * reflection.
 */
public final class Criteria {
  private Criteria() {}

  /**
   * A criterion that holds when a predicate on the record does; when it does not, the violation
   * has code {@link Violation#NOT_MET} and the given message.
   *
   * @param id the criterion's id
   * @param description what must hold, for a person
   * @param holds the predicate
   * @param message what is wrong when it does not hold, for a person
   */
  public static <C> ExitCriterion<C> that(
      String id, String description, Predicate<? super C> holds, String message) {
    CriterionId criterionId = CriterionId.of(id);
    return new Satisfies<>(
        criterionId,
        Names.text("criterion.description", description),
        CrmValidationException.required("criterion.predicate", holds),
        List.of(Violation.of(Violation.NOT_MET, criterionId, Names.text("criterion.message", message))));
  }

  /**
   * A criterion that holds when a field of the record is filled in: not null, not an empty
   * {@code Optional} (or {@code OptionalInt}, {@code OptionalLong}, {@code OptionalDouble}), not a
   * blank text, not an empty collection or map. Unmet: {@link Violation#FIELD_MISSING},
   * {@code "budget is not filled in"}, evidence {@code "budget = (none)"}.
   *
   * @param id the criterion's id
   * @param field the field's name as a person says it, such as {@code budget}
   * @param value reads the field from the record
   */
  public static <C> ExitCriterion<C> fieldFilled(String id, String field, Function<? super C, ?> value) {
    String name = Names.label("criterion.field", field);
    return new FieldFilled<>(
        CriterionId.of(id), name, CrmValidationException.required("criterion.value", value));
  }

  /**
   * A criterion that holds when the record has a note of a kind, such as {@code success measures}.
   * Unmet: {@link Violation#NOTE_MISSING}, evidence the kinds of note present.
   *
   * @param id the criterion's id
   * @param kind the kind of note required
   * @param noteKinds reads the kinds of the record's notes
   */
  public static <C> ExitCriterion<C> notePresent(
      String id, String kind, Function<? super C, ? extends Collection<? extends CharSequence>> noteKinds) {
    String label = Names.label("criterion.kind", kind);
    return new Present<>(
        CriterionId.of(id),
        "a note of kind '" + label + "' is written",
        Names.canonical("criterion.kind", kind),
        CrmValidationException.required("criterion.noteKinds", noteKinds),
        Violation.NOTE_MISSING,
        "no note of kind '" + label + "' is written",
        "notes written: ",
        "no notes written");
  }

  /**
   * A criterion that holds when a contact is named in a role, such as {@code economic buyer}.
   * Unmet: {@link Violation#CONTACT_ROLE_MISSING}, evidence the roles named.
   *
   * @param id the criterion's id
   * @param role the role that must be named
   * @param rolesNamed reads the roles named on the record (one entry per contact and role)
   */
  public static <C> ExitCriterion<C> contactRoleNamed(
      String id, String role, Function<? super C, ? extends Collection<? extends CharSequence>> rolesNamed) {
    String label = Names.label("criterion.role", role);
    return new Present<>(
        CriterionId.of(id),
        "a contact is named as '" + label + "'",
        Names.canonical("criterion.role", role),
        CrmValidationException.required("criterion.rolesNamed", rolesNamed),
        Violation.CONTACT_ROLE_MISSING,
        "no contact is named as '" + label + "'",
        "roles named: ",
        "no roles named");
  }

  /**
   * A criterion that holds when an approval of a kind is recorded, such as {@code discount}.
   * Unmet: {@link Violation#APPROVAL_MISSING}, evidence the approvals recorded.
   *
   * @param id the criterion's id
   * @param approval the kind of approval required
   * @param approvalsRecorded reads the kinds of approval recorded on the record
   */
  public static <C> ExitCriterion<C> approvalRecorded(
      String id, String approval, Function<? super C, ? extends Collection<? extends CharSequence>> approvalsRecorded) {
    String label = Names.label("criterion.approval", approval);
    return new Present<>(
        CriterionId.of(id),
        "a '" + label + "' approval is recorded",
        Names.canonical("criterion.approval", approval),
        CrmValidationException.required("criterion.approvalsRecorded", approvalsRecorded),
        Violation.APPROVAL_MISSING,
        "no '" + label + "' approval is recorded",
        "approvals recorded: ",
        "no approvals recorded");
  }

  /**
   * A criterion that holds when a date is agreed (present), such as the {@code close date}.
   * Unmet: {@link Violation#DATE_NOT_AGREED}, {@code "close date is not agreed"}.
   *
   * @param id the criterion's id
   * @param what the date as a person names it
   * @param date reads the date from the record; empty while none is agreed
   */
  public static <C> ExitCriterion<C> dateAgreed(
      String id, String what, Function<? super C, ? extends Optional<? extends Temporal>> date) {
    String label = Names.label("criterion.date", what);
    CriterionId criterionId = CriterionId.of(id);
    return new DateAgreed<>(
        criterionId,
        label,
        CrmValidationException.required("criterion.dateValue", date),
        List.of(Violation.of(
            Violation.DATE_NOT_AGREED, criterionId, label + " is not agreed", List.of(label + " = (none)"))));
  }

  /**
   * A criterion that holds when all of its parts do. Unmet: the violations of every part that does
   * not hold, each naming that part, in the order of the parts.
   */
  @SafeVarargs
  public static <C> ExitCriterion<C> all(String id, String description, ExitCriterion<C>... criteria) {
    List<ExitCriterion<C>> listed = new ArrayList<>();
    for (ExitCriterion<C> criterion : CrmValidationException.required("criterion.parts", criteria)) {
      listed.add(criterion);
    }
    return all(id, description, listed);
  }

  /** {@link #all(String, String, ExitCriterion[])} over a list. */
  public static <C> ExitCriterion<C> all(
      String id, String description, List<? extends ExitCriterion<C>> criteria) {
    return new AllOf<>(CriterionId.of(id), Names.text("criterion.description", description), parts(criteria));
  }

  /**
   * A criterion that holds when at least one of its parts does. Unmet: one violation
   * {@link Violation#NONE_MET} naming this criterion, listing each part's violations as evidence.
   */
  @SafeVarargs
  public static <C> ExitCriterion<C> any(String id, String description, ExitCriterion<C>... criteria) {
    List<ExitCriterion<C>> listed = new ArrayList<>();
    for (ExitCriterion<C> criterion : CrmValidationException.required("criterion.parts", criteria)) {
      listed.add(criterion);
    }
    return any(id, description, listed);
  }

  /** {@link #any(String, String, ExitCriterion[])} over a list. */
  public static <C> ExitCriterion<C> any(
      String id, String description, List<? extends ExitCriterion<C>> criteria) {
    return new AnyOf<>(CriterionId.of(id), Names.text("criterion.description", description), parts(criteria));
  }

  /**
   * A criterion that holds when another does not, such as "no open support case of severity 1".
   * Unmet: {@link Violation#MUST_NOT_HOLD}.
   */
  public static <C> ExitCriterion<C> not(String id, String description, ExitCriterion<C> criterion) {
    CriterionId criterionId = CriterionId.of(id);
    ExitCriterion<C> negated = CrmValidationException.required("criterion.negated", criterion);
    return new NoneOf<>(
        criterionId,
        Names.text("criterion.description", description),
        negated,
        List.of(Violation.of(
            Violation.MUST_NOT_HOLD, criterionId, "must not hold: " + negated.description())));
  }

  private static <C> List<ExitCriterion<C>> parts(List<? extends ExitCriterion<C>> criteria) {
    CrmValidationException.required("criterion.parts", criteria);
    for (int i = 0; i < criteria.size(); i++) {
      CrmValidationException.required("criterion.parts[" + i + "]", criteria.get(i));
    }
    List<ExitCriterion<C>> parts = List.copyOf(criteria);
    if (parts.isEmpty()) {
      throw CrmValidationException.of("criterion.parts", "required", parts, "at least one criterion is required");
    }
    return parts;
  }

  /** Whether a value counts as filled in. */
  static boolean filled(@Nullable Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent();
    }
    if (value instanceof CharSequence text) {
      for (int i = 0; i < text.length(); i++) {
        if (!Names.isSpace(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (value instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (value instanceof OptionalInt o) {
      return o.isPresent();
    }
    if (value instanceof OptionalLong o) {
      return o.isPresent();
    }
    if (value instanceof OptionalDouble o) {
      return o.isPresent();
    }
    return true;
  }

  private static String shown(@Nullable Object value) {
    if (value == null || value instanceof Optional<?> || value instanceof OptionalInt
        || value instanceof OptionalLong || value instanceof OptionalDouble) {
      return "(none)";
    }
    if (value instanceof CharSequence text) {
      return "'" + text + "'";
    }
    return value instanceof Map<?, ?> ? "{}" : "[]";
  }

  private static boolean containsName(String canonical, Collection<? extends CharSequence> names) {
    if (names instanceof List<? extends CharSequence> list && names instanceof RandomAccess) {
      for (int i = 0, n = list.size(); i < n; i++) {
        if (Names.matches(canonical, list.get(i))) {
          return true;
        }
      }
      return false;
    }
    for (CharSequence name : names) {
      if (Names.matches(canonical, name)) {
        return true;
      }
    }
    return false;
  }

  private record Satisfies<C>(
      CriterionId id, String description, Predicate<? super C> holds, List<Violation> unmet)
      implements ExitCriterion<C> {
    @Override
    public List<Violation> check(C record) {
      return holds.test(record) ? List.of() : unmet;
    }
  }

  private record FieldFilled<C>(CriterionId id, String field, Function<? super C, ?> value)
      implements ExitCriterion<C> {
    @Override
    public String description() {
      return field + " is filled in";
    }

    @Override
    public List<Violation> check(C record) {
      Object read = value.apply(record);
      if (filled(read)) {
        return List.of();
      }
      return List.of(Violation.of(
          Violation.FIELD_MISSING, id, field + " is not filled in", List.of(field + " = " + shown(read))));
    }
  }

  private record Present<C>(
      CriterionId id,
      String description,
      String canonical,
      Function<? super C, ? extends Collection<? extends CharSequence>> names,
      String code,
      String message,
      String evidencePrefix,
      String noEvidence)
      implements ExitCriterion<C> {
    @Override
    public List<Violation> check(C record) {
      Collection<? extends CharSequence> found = names.apply(record);
      if (found != null && containsName(canonical, found)) {
        return List.of();
      }
      String evidence = found == null || found.isEmpty()
          ? noEvidence
          : evidencePrefix + String.join(", ", found);
      return List.of(Violation.of(code, id, message, List.of(evidence)));
    }
  }

  private record DateAgreed<C>(
      CriterionId id,
      String what,
      Function<? super C, ? extends Optional<? extends Temporal>> date,
      List<Violation> unmet)
      implements ExitCriterion<C> {
    @Override
    public String description() {
      return what + " is agreed";
    }

    @Override
    public List<Violation> check(C record) {
      Optional<? extends Temporal> agreed = date.apply(record);
      return agreed != null && agreed.isPresent() ? List.of() : unmet;
    }
  }

  private record AllOf<C>(CriterionId id, String description, List<ExitCriterion<C>> parts)
      implements ExitCriterion<C> {
    @Override
    public List<Violation> check(C record) {
      List<Violation> first = List.of();
      List<Violation> all = null;
      for (int i = 0, n = parts.size(); i < n; i++) {
        List<Violation> unmet = parts.get(i).check(record);
        if (unmet.isEmpty()) {
          continue;
        }
        if (first.isEmpty()) {
          first = unmet;
        } else {
          if (all == null) {
            all = new ArrayList<>(first);
          }
          all.addAll(unmet);
        }
      }
      return all == null ? first : List.copyOf(all);
    }
  }

  private record AnyOf<C>(CriterionId id, String description, List<ExitCriterion<C>> parts)
      implements ExitCriterion<C> {
    @Override
    public List<Violation> check(C record) {
      List<String> evidence = null;
      for (int i = 0, n = parts.size(); i < n; i++) {
        List<Violation> unmet = parts.get(i).check(record);
        if (unmet.isEmpty()) {
          return List.of();
        }
        if (evidence == null) {
          evidence = new ArrayList<>();
        }
        for (Violation v : unmet) {
          evidence.add(v.message());
        }
      }
      StringBuilder message = new StringBuilder("none of these holds: ");
      for (int i = 0; i < parts.size(); i++) {
        message.append(i == 0 ? "" : "; ").append(parts.get(i).description());
      }
      return List.of(Violation.of(Violation.NONE_MET, id, message.toString(), List.copyOf(evidence)));
    }
  }

  private record NoneOf<C>(
      CriterionId id, String description, ExitCriterion<C> negated, List<Violation> unmet)
      implements ExitCriterion<C> {
    @Override
    public List<Violation> check(C record) {
      return negated.holds(record) ? unmet : List.of();
    }
  }
}

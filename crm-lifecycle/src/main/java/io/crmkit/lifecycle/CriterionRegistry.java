package io.crmkit.lifecycle;

import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exit criteria by id, so that a definition written as data (JSON, or names in the builder) can
 * refer to criteria written in Java. Immutable and thread-safe.
 *
 * <pre>{@code
 * CriterionRegistry<Deal> criteria = CriterionRegistry.of(
 *     Criteria.fieldFilled("budget known", "budget", Deal::budget),
 *     Criteria.contactRoleNamed("economic buyer named", "economic buyer", Deal::roles));
 * LifecycleDefinition<Deal> pipeline = LifecycleJson.read(json, criteria);
 * }</pre>
 *
 * @param <C> the type of record the criteria read
 */
public final class CriterionRegistry<C> {
  private static final CriterionRegistry<?> EMPTY = new CriterionRegistry<>(List.of());

  private final Map<CriterionId, ExitCriterion<C>> byId;

  private CriterionRegistry(List<? extends ExitCriterion<C>> criteria) {
    Map<CriterionId, ExitCriterion<C>> map = new LinkedHashMap<>();
    for (int i = 0; i < criteria.size(); i++) {
      ExitCriterion<C> criterion = CrmValidationException.required("criteria[" + i + "]", criteria.get(i));
      CriterionId id = CrmValidationException.required("criteria[" + i + "].id", criterion.id());
      if (map.putIfAbsent(id, criterion) != null) {
        throw CrmValidationException.of(
            "criteria[" + i + "].id", "duplicate", id, "two criteria of a registry cannot share an id");
      }
    }
    this.byId = map;
  }

  /** A registry of no criteria. */
  @SuppressWarnings("unchecked")
  public static <C> CriterionRegistry<C> empty() {
    return (CriterionRegistry<C>) EMPTY;
  }

  /**
   * A registry of criteria.
   *
   * @throws CrmValidationException rule {@code duplicate} when two criteria share an id
   */
  @SafeVarargs
  public static <C> CriterionRegistry<C> of(ExitCriterion<C>... criteria) {
    List<ExitCriterion<C>> listed = new ArrayList<>();
    for (ExitCriterion<C> criterion : CrmValidationException.required("criteria", criteria)) {
      listed.add(criterion);
    }
    return new CriterionRegistry<>(listed);
  }

  /** A registry of a list of criteria; see {@link #of(ExitCriterion[])}. */
  public static <C> CriterionRegistry<C> of(List<? extends ExitCriterion<C>> criteria) {
    return new CriterionRegistry<>(CrmValidationException.required("criteria", criteria));
  }

  /** This registry and more criteria. */
  @SafeVarargs
  public final CriterionRegistry<C> with(ExitCriterion<C>... more) {
    List<ExitCriterion<C>> all = new ArrayList<>(byId.values());
    for (ExitCriterion<C> criterion : CrmValidationException.required("criteria", more)) {
      all.add(criterion);
    }
    return new CriterionRegistry<>(all);
  }

  /** The criterion with an id. */
  public Optional<ExitCriterion<C>> find(CriterionId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The criterion with an id given as text.
   *
   * @throws CrmValidationException field {@code criterion}: rule {@code unknown} naming the ids
   *     known, or the rules of {@link CriterionId}
   */
  public ExitCriterion<C> resolve(String id) {
    CriterionId criterionId = CriterionId.of(id);
    ExitCriterion<C> criterion = byId.get(criterionId);
    if (criterion == null) {
      throw CrmValidationException.of("criterion", "unknown", id, "no criterion '" + criterionId + "'; " + known());
    }
    return criterion;
  }

  /** The ids of the criteria, in the order registered. */
  public List<CriterionId> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The criteria, in the order registered. */
  public List<ExitCriterion<C>> criteria() {
    return List.copyOf(byId.values());
  }

  /** A sentence naming the ids known, for messages. */
  String known() {
    if (byId.isEmpty()) {
      return "the registry is empty";
    }
    StringBuilder known = new StringBuilder("known: ");
    boolean first = true;
    for (CriterionId id : byId.keySet()) {
      known.append(first ? "" : ", ").append('\'').append(id).append('\'');
      first = false;
    }
    return known.toString();
  }

  @Override
  public String toString() {
    return "CriterionRegistry" + byId.keySet();
  }
}

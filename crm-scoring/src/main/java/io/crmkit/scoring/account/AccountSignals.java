package io.crmkit.scoring.account;

import io.crmkit.scoring.internal.Texts;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.AccountId;
import io.crmkit.scoring.rules.BehaviourEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What a host knows about an account that says how well it fits and how ready it is to buy: its
 * industry and size, the technologies it uses, the jobs it advertises, and what its people did.
 * Scored by a {@link io.crmkit.scoring.rules.ScoringModel} through {@link AccountScoring#schema()}.
 *
 * @param accountId the account
 * @param industry the account's industry, white space folded, if known
 * @param employees the number of employees, 0 or more, if known
 * @param country the ISO 3166-1 country code, upper-cased, if known
 * @param technologies the technologies it uses (from a technographic source), white space folded,
 *     each once ignoring case, sorted ignoring case
 * @param openings the jobs it advertises
 * @param engagement what the account's people did: page views, e-mail clicks, demo requests
 */
public record AccountSignals(
    AccountId accountId,
    Optional<String> industry,
    OptionalInt employees,
    Optional<String> country,
    List<String> technologies,
    List<JobOpening> openings,
    List<BehaviourEvent> engagement) {

  /**
   * Checks and normalises every part.
   *
   * @throws CrmValidationException naming {@code accountSignals.<part>}: {@code required} for a
   *     missing part or a blank text, {@code range} for a negative number of employees
   */
  public AccountSignals {
    CrmValidationException.required("accountSignals.accountId", accountId);
    CrmValidationException.required("accountSignals.industry", industry);
    industry = industry.map(i -> Texts.required("accountSignals.industry", i));
    CrmValidationException.required("accountSignals.employees", employees);
    if (employees.isPresent() && employees.getAsInt() < 0) {
      throw CrmValidationException.of("accountSignals.employees", "range", employees.getAsInt(), "a head count is 0 or more");
    }
    CrmValidationException.required("accountSignals.country", country);
    country = country.map(c -> Texts.required("accountSignals.country", c).toUpperCase(Locale.ROOT));
    CrmValidationException.required("accountSignals.technologies", technologies);
    TreeMap<String, String> unique = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < technologies.size(); i++) {
      String technology = Texts.required("accountSignals.technologies[" + i + "]", technologies.get(i));
      unique.putIfAbsent(technology, technology);
    }
    technologies = List.copyOf(unique.values());
    openings = List.copyOf(CrmValidationException.required("accountSignals.openings", openings));
    engagement = List.copyOf(CrmValidationException.required("accountSignals.engagement", engagement));
  }

  /** Signals of an account about which nothing is known yet; add to them with the {@code with} methods. */
  public static AccountSignals of(AccountId accountId) {
    return new AccountSignals(accountId, Optional.empty(), OptionalInt.empty(), Optional.empty(), List.of(), List.of(),
        List.of());
  }

  /** These signals with the account's industry. */
  public AccountSignals withIndustry(String industry) {
    return new AccountSignals(accountId, Optional.of(CrmValidationException.required("accountSignals.industry", industry)),
        employees, country, technologies, openings, engagement);
  }

  /** These signals with the account's number of employees. */
  public AccountSignals withEmployees(int employees) {
    return new AccountSignals(accountId, industry, OptionalInt.of(employees), country, technologies, openings, engagement);
  }

  /** These signals with the account's country, an ISO 3166-1 code such as {@code DE}. */
  public AccountSignals withCountry(String country) {
    return new AccountSignals(accountId, industry, employees,
        Optional.of(CrmValidationException.required("accountSignals.country", country)), technologies, openings, engagement);
  }

  /** These signals with more technologies used. */
  public AccountSignals withTechnologies(String... more) {
    List<String> all = new ArrayList<>(technologies);
    all.addAll(List.of(CrmValidationException.required("accountSignals.technologies", more)));
    return new AccountSignals(accountId, industry, employees, country, all, openings, engagement);
  }

  /** These signals with one more job opening. */
  public AccountSignals withOpening(JobOpening opening) {
    List<JobOpening> all = new ArrayList<>(openings);
    all.add(CrmValidationException.required("accountSignals.openings", opening));
    return new AccountSignals(accountId, industry, employees, country, technologies, all, engagement);
  }

  /** These signals with more behaviour events of the account's people. */
  public AccountSignals withEngagement(List<BehaviourEvent> events) {
    List<BehaviourEvent> all = new ArrayList<>(engagement);
    all.addAll(CrmValidationException.required("accountSignals.engagement", events));
    return new AccountSignals(accountId, industry, employees, country, technologies, openings, all);
  }

  /**
   * The behaviour events rules count: each opening as a {@value AccountScoring#JOB_OPENING} event
   * at its posting, its detail the title and department, followed by the engagement events.
   */
  public List<BehaviourEvent> events() {
    List<BehaviourEvent> events = new ArrayList<>(openings.size() + engagement.size());
    for (JobOpening opening : openings) {
      events.add(BehaviourEvent.of(AccountScoring.JOB_OPENING, opening.postedAt(), opening.describe()));
    }
    events.addAll(engagement);
    return events;
  }
}

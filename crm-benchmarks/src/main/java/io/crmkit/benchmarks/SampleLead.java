package io.crmkit.benchmarks;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.UserId;
import io.crmkit.core.value.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the guards of the benchmark's B2B lead lifecycle read about a lead: the facts a CRM holds on
 * it by the time each handoff is asked for. Both sides of {@link LeadLifecycleBenchmark} read the
 * same record, crmkit through its exit criteria and Spring Statemachine through its guards.
 *
 * @param score the lead's score, 0 to 100 points
 * @param fitsIdealCustomerProfile whether the lead's company fits the ideal customer profile
 * @param owner the sales rep who owns the lead, once one is assigned
 * @param rejectionReason why sales rejected the lead, when it did
 * @param opportunityAmount the amount of the opportunity, once one is sized
 * @param closeDate the close date agreed with the buyer
 * @param lossReason why the deal was lost, when it was
 * @param kickoffDate the date of the onboarding kickoff, once booked
 * @param renewalDate the date the renewal was signed
 * @param expansionAmount the amount of an upsell, once one is agreed
 */
public record SampleLead(
    int score,
    boolean fitsIdealCustomerProfile,
    Optional<UserId> owner,
    Optional<String> rejectionReason,
    Optional<Money> opportunityAmount,
    Optional<LocalDate> closeDate,
    Optional<String> lossReason,
    Optional<LocalDate> kickoffDate,
    Optional<LocalDate> renewalDate,
    Optional<Money> expansionAmount) {

  /** The highest score. */
  public static final int MAX_SCORE = 100;

  /**
   * Checks the lead: a score from 0 to {@value #MAX_SCORE}, no missing part, reasons not blank.
   *
   * @throws CrmValidationException naming the field at fault
   */
  public SampleLead {
    if (score < 0 || score > MAX_SCORE) {
      throw CrmValidationException.of("lead.score", "range", score, "a score is from 0 to " + MAX_SCORE);
    }
    CrmValidationException.required("lead.owner", owner);
    rejectionReason = reason("lead.rejectionReason", rejectionReason);
    CrmValidationException.required("lead.opportunityAmount", opportunityAmount);
    CrmValidationException.required("lead.closeDate", closeDate);
    lossReason = reason("lead.lossReason", lossReason);
    CrmValidationException.required("lead.kickoffDate", kickoffDate);
    CrmValidationException.required("lead.renewalDate", renewalDate);
    CrmValidationException.required("lead.expansionAmount", expansionAmount);
  }

  /** A lead with a score and a fit and nothing else yet: no owner, no opportunity. */
  public static SampleLead scored(int score, boolean fitsIdealCustomerProfile) {
    return new SampleLead(score, fitsIdealCustomerProfile, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Whether the score reaches a threshold, in points. */
  public boolean scoresAtLeast(int threshold) {
    return score >= threshold;
  }

  /** This lead with an owner. */
  public SampleLead withOwner(UserId owner) {
    return new SampleLead(score, fitsIdealCustomerProfile, Optional.of(owner), rejectionReason, opportunityAmount,
        closeDate, lossReason, kickoffDate, renewalDate, expansionAmount);
  }

  /** This lead with a reason for its rejection by sales. */
  public SampleLead withRejectionReason(String reason) {
    return new SampleLead(score, fitsIdealCustomerProfile, owner, Optional.of(reason), opportunityAmount,
        closeDate, lossReason, kickoffDate, renewalDate, expansionAmount);
  }

  /** This lead with an opportunity amount. */
  public SampleLead withOpportunityAmount(Money amount) {
    return new SampleLead(score, fitsIdealCustomerProfile, owner, rejectionReason, Optional.of(amount),
        closeDate, lossReason, kickoffDate, renewalDate, expansionAmount);
  }

  /** This lead with an agreed close date. */
  public SampleLead withCloseDate(LocalDate date) {
    return new SampleLead(score, fitsIdealCustomerProfile, owner, rejectionReason, opportunityAmount,
        Optional.of(date), lossReason, kickoffDate, renewalDate, expansionAmount);
  }

  /** This lead with a reason for the loss of its deal. */
  public SampleLead withLossReason(String reason) {
    return new SampleLead(score, fitsIdealCustomerProfile, owner, rejectionReason, opportunityAmount,
        closeDate, Optional.of(reason), kickoffDate, renewalDate, expansionAmount);
  }

  /** This lead with a booked kickoff. */
  public SampleLead withKickoffDate(LocalDate date) {
    return new SampleLead(score, fitsIdealCustomerProfile, owner, rejectionReason, opportunityAmount,
        closeDate, lossReason, Optional.of(date), renewalDate, expansionAmount);
  }

  /** This lead with a signed renewal. */
  public SampleLead withRenewalDate(LocalDate date) {
    return new SampleLead(score, fitsIdealCustomerProfile, owner, rejectionReason, opportunityAmount,
        closeDate, lossReason, kickoffDate, Optional.of(date), expansionAmount);
  }

  /** This lead with an agreed expansion. */
  public SampleLead withExpansionAmount(Money amount) {
    return new SampleLead(score, fitsIdealCustomerProfile, owner, rejectionReason, opportunityAmount,
        closeDate, lossReason, kickoffDate, renewalDate, Optional.of(amount));
  }

  private static Optional<String> reason(String field, Optional<String> reason) {
    CrmValidationException.required(field, reason);
    if (reason.isPresent() && reason.get().isBlank()) {
      throw CrmValidationException.of(field, "blank", reason.get(), "a reason says something");
    }
    return reason.map(String::strip);
  }
}

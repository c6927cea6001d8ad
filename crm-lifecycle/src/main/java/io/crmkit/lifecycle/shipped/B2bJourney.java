package io.crmkit.lifecycle.shipped;

import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.LeadQualification;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversionOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the exit criteria of the {@link B2bLeadLifecycle B2B lead lifecycle} read about one prospect
 * on the way from lead to customer: its score and fit, why sales rejected it, the opportunity it
 * became, and how customer success took over. The host fills it from its records (see
 * {@link #of(Lead)}) and passes it to each move.
 *
 * @param leadId the lead the journey started as
 * @param score the lead score, 0 to 100, once scored
 * @param fit how well the company fits the ideal customer profile, once graded
 * @param rejectionReason why sales rejected the lead, white space folded; empty when blank
 * @param opportunityId the opportunity opened when the lead was qualified
 * @param firstContactAt when customer success first contacted the new customer
 * @param kickoffOn the date of the kickoff meeting booked with the new customer
 */
public record B2bJourney(
    LeadId leadId,
    OptionalInt score,
    Optional<FitGrade> fit,
    Optional<String> rejectionReason,
    Optional<OpportunityId> opportunityId,
    Optional<Instant> firstContactAt,
    Optional<LocalDate> kickoffOn) {

  /**
   * Checks the journey and folds the rejection reason.
   *
   * @throws CrmValidationException field {@code b2bJourney.score}, rule {@code range}, for a score
   *     outside 0 to 100; rule {@code required} for a missing part
   */
  public B2bJourney {
    CrmValidationException.required("b2bJourney.leadId", leadId);
    CrmValidationException.required("b2bJourney.score", score);
    CrmValidationException.required("b2bJourney.fit", fit);
    rejectionReason = Reasons.folded(
        "b2bJourney.rejectionReason", CrmValidationException.required("b2bJourney.rejectionReason", rejectionReason));
    CrmValidationException.required("b2bJourney.opportunityId", opportunityId);
    CrmValidationException.required("b2bJourney.firstContactAt", firstContactAt);
    CrmValidationException.required("b2bJourney.kickoffOn", kickoffOn);
    if (score.isPresent() && (score.getAsInt() < 0 || score.getAsInt() > 100)) {
      throw CrmValidationException.of("b2bJourney.score", "range", score.getAsInt(), "a lead score is from 0 to 100");
    }
  }

  /** A journey of a lead about which nothing is known yet. */
  public static B2bJourney of(LeadId leadId) {
    return new B2bJourney(
        leadId, OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * The journey of a crm-core lead: its id, its score and, once converted, the opportunity its
   * conversion opened. Fit, rejection reason, first contact and kickoff are not kept on a lead: add
   * them with the {@code with} methods.
   */
  public static B2bJourney of(Lead lead) {
    CrmValidationException.required("lead", lead);
    return new B2bJourney(
        lead.id(), lead.score(), Optional.empty(), Optional.empty(),
        lead.conversion().flatMap(LeadConversionOutcome::opportunityId), Optional.empty(), Optional.empty());
  }

  /** This journey with a lead score, 0 to 100. */
  public B2bJourney withScore(int score) {
    return new B2bJourney(leadId, OptionalInt.of(score), fit, rejectionReason, opportunityId, firstContactAt, kickoffOn);
  }

  /** This journey with a grade of fit to the ideal customer profile. */
  public B2bJourney withFit(FitGrade fit) {
    return new B2bJourney(
        leadId, score, Optional.of(CrmValidationException.required("b2bJourney.fit", fit)), rejectionReason,
        opportunityId, firstContactAt, kickoffOn);
  }

  /**
   * This journey with a lead's qualification from a scoring model, such as crm-scoring's
   * {@code Score.qualification()}: its score and its grade of fit. The two modules share only this
   * crm-core value, so a score routes a lead through the lifecycle's exit criteria without either
   * module knowing the other.
   */
  public B2bJourney withQualification(LeadQualification qualification) {
    CrmValidationException.required("b2bJourney.qualification", qualification);
    return withScore(qualification.score()).withFit(qualification.fitGrade());
  }

  /** This journey with the reason sales gave for rejecting the lead. */
  public B2bJourney withRejectionReason(String reason) {
    return new B2bJourney(
        leadId, score, fit, Optional.of(CrmValidationException.required("b2bJourney.rejectionReason", reason)),
        opportunityId, firstContactAt, kickoffOn);
  }

  /** This journey with the opportunity opened for the lead. */
  public B2bJourney withOpportunity(OpportunityId opportunity) {
    return new B2bJourney(
        leadId, score, fit, rejectionReason,
        Optional.of(CrmValidationException.required("b2bJourney.opportunityId", opportunity)), firstContactAt,
        kickoffOn);
  }

  /** This journey with the time customer success first contacted the new customer. */
  public B2bJourney withFirstContactAt(Instant at) {
    return new B2bJourney(
        leadId, score, fit, rejectionReason, opportunityId,
        Optional.of(CrmValidationException.required("b2bJourney.firstContactAt", at)), kickoffOn);
  }

  /** This journey with the date of the kickoff booked with the new customer. */
  public B2bJourney withKickoffOn(LocalDate date) {
    return new B2bJourney(
        leadId, score, fit, rejectionReason, opportunityId, firstContactAt,
        Optional.of(CrmValidationException.required("b2bJourney.kickoffOn", date)));
  }
}

package io.crmkit.lifecycle.shipped;

import io.crmkit.core.lead.FitGrade;
import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.ACCEPT;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.BOOK_KICKOFF;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.CHURN;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.CHURNED;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.CLOSED_LOST;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.CLOSED_WON;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.COMPLETE_ONBOARDING;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.CONVERT;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.EXPAND;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.EXPANSION;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.LEAD;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.LOSE;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.MQL;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.ONBOARDING;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.QUALIFY;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.RECYCLED;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.REJECT;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.RENEW;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.RENEWAL;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.SAL;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.SQL;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.START_ONBOARDING;
import static io.crmkit.lifecycle.shipped.B2bLeadLifecycle.WIN;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.ADA;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.MONDAY;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.SYNC;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.aJourney;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.aQualifiedJourney;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.accepted;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.in;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.rejected;
import static io.crmkit.lifecycle.shipped.ShippedFixtures.startTimer;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadQualification;
import io.crmkit.core.lead.LeadConversionOutcome;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.lifecycle.Actor;
import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.EventName;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.NamedEventOccurred;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.StageChanged;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.Transition;
import io.crmkit.lifecycle.TransitionResult.Accepted;
import io.crmkit.lifecycle.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The B2B lead lifecycle: every exit criterion with the words of its refusals, the hand-off timers, the options. */
class B2bLeadLifecycleTest {
  private final LifecycleDefinition<B2bJourney> leads = B2bLeadLifecycle.definition();

  // ------------------------------------------------------------------- marketing qualification

  @Test
  void a_lead_whose_score_and_fit_pass_becomes_an_mql_and_starts_the_sales_acceptance_clock() {
    Accepted accepted = accepted(leads.transition(in(LEAD), QUALIFY, aQualifiedJourney(), MONDAY));

    assertThat(accepted.to()).isEqualTo(MQL);
    assertThat(accepted.sideEffects()).containsExactly(startTimer("sales-acceptance", "PT8H", "business"));
    assertThat(accepted.events()).contains(
        new NamedEventOccurred("B2B lead", EventName.of("marketing qualified"), LEAD, MQL, QUALIFY, Actor.automatic(), MONDAY));
  }

  @Test
  void a_lead_neither_scored_nor_graded_is_refused_for_both() {
    assertThat(rejected(leads.transition(in(LEAD), QUALIFY, aJourney(), MONDAY)).violations()).containsExactly(
        Violation.of(Violation.FIELD_MISSING, CriterionId.of("lead score reached"),
            "the lead is not scored yet", List.of("lead score = (none)")),
        Violation.of(Violation.FIELD_MISSING, CriterionId.of("fits ideal customer profile"),
            "the fit to the ideal customer profile is not graded yet", List.of("fit = (none)")));
  }

  @Test
  void a_lead_below_the_score_threshold_is_refused_naming_score_and_threshold() {
    B2bJourney journey = aQualifiedJourney().withScore(59);

    assertThat(rejected(leads.transition(in(LEAD), QUALIFY, journey, MONDAY)).violations()).containsExactly(
        Violation.of("score_below_threshold", CriterionId.of("lead score reached"),
            "lead score 59 is below the MQL threshold of 60", List.of("lead score = 59")));
  }

  @Test
  void a_qualification_from_a_scoring_model_decides_whether_a_lead_becomes_an_mql() {
    B2bJourney scored = aJourney().withQualification(LeadQualification.of(72, FitGrade.A, 2, "A2"));
    B2bJourney scoredLow = aJourney().withQualification(LeadQualification.of(72, FitGrade.C, 2, "C2"));

    assertThat(accepted(leads.transition(in(LEAD), QUALIFY, scored, MONDAY)).to()).isEqualTo(MQL);
    assertThat(rejected(leads.transition(in(LEAD), QUALIFY, scoredLow, MONDAY)).codes())
        .containsExactly(B2bLeadLifecycle.POOR_FIT);
  }

  @Test
  void a_lead_at_the_threshold_with_the_minimum_fit_passes() {
    B2bJourney journey = aJourney().withScore(60).withFit(FitGrade.B);

    assertThat(leads.transition(in(LEAD), QUALIFY, journey, MONDAY).isAccepted()).isTrue();
  }

  @Test
  void a_lead_that_fits_the_profile_less_than_the_minimum_is_refused_naming_both_grades() {
    B2bJourney journey = aQualifiedJourney().withFit(FitGrade.C);

    assertThat(rejected(leads.transition(in(LEAD), QUALIFY, journey, MONDAY)).violations()).containsExactly(
        Violation.of("poor_fit", CriterionId.of("fits ideal customer profile"),
            "fit C to the ideal customer profile is below the minimum of B", List.of("fit = C")));
  }

  @Test
  void a_recycled_lead_qualifies_again_by_the_same_criteria() {
    assertThat(accepted(leads.transition(in(RECYCLED), QUALIFY, aQualifiedJourney(), MONDAY)).to()).isEqualTo(MQL);
    assertThat(rejected(leads.transition(in(RECYCLED), QUALIFY, aJourney(), MONDAY)).codes())
        .containsExactly(Violation.FIELD_MISSING, Violation.FIELD_MISSING);
  }

  // ------------------------------------------------------------------------ sales acceptance

  @Test
  void sales_accepting_the_lead_stops_the_acceptance_clock() {
    Accepted accepted = accepted(leads.transition(in(MQL), ACCEPT, aQualifiedJourney(), MONDAY, ADA));

    assertThat(accepted.to()).isEqualTo(SAL);
    assertThat(accepted.sideEffects()).containsExactly(SideEffect.stopTimer("sales-acceptance"));
  }

  @Test
  void a_rejection_without_a_reason_is_refused() {
    assertThat(rejected(leads.transition(in(MQL), REJECT, aQualifiedJourney(), MONDAY, ADA)).violations())
        .containsExactly(Violation.of(Violation.FIELD_MISSING, CriterionId.of("rejection reason logged"),
            "rejection reason is not filled in", List.of("rejection reason = (none)")));
  }

  @Test
  void a_blank_rejection_reason_is_no_reason() {
    B2bJourney journey = aQualifiedJourney().withRejectionReason(" \u00A0 ");

    assertThat(journey.rejectionReason()).isEmpty();
    assertThat(rejected(leads.transition(in(MQL), REJECT, journey, MONDAY, ADA)).codes())
        .containsExactly(Violation.FIELD_MISSING);
  }

  @Test
  void a_rejection_with_a_reason_recycles_the_lead_and_stops_the_acceptance_clock() {
    B2bJourney journey = aQualifiedJourney().withRejectionReason("  student,  no  budget ");

    Accepted accepted = accepted(leads.transition(in(MQL), REJECT, journey, MONDAY, ADA));

    assertThat(journey.rejectionReason()).contains("student, no budget");
    assertThat(accepted.to()).isEqualTo(RECYCLED);
    assertThat(accepted.sideEffects()).containsExactly(SideEffect.stopTimer("sales-acceptance"));
    assertThat(accepted.audit().backward()).isFalse();
  }

  @Test
  void an_automation_may_reject_a_lead_whose_acceptance_clock_ran_out() {
    B2bJourney journey = aQualifiedJourney().withRejectionReason("not accepted within 8 business hours");

    assertThat(leads.transition(in(MQL), REJECT, journey, MONDAY, SYNC).isAccepted()).isTrue();
  }

  // ------------------------------------------------------------------------- sales qualified

  @Test
  void converting_a_lead_needs_an_opportunity() {
    assertThat(rejected(leads.transition(in(SAL), CONVERT, aQualifiedJourney(), MONDAY, ADA)).violations())
        .containsExactly(Violation.of(Violation.NOT_MET, CriterionId.of("opportunity opened"),
            "no opportunity is opened for the lead"));
    assertThat(accepted(leads.transition(
        in(SAL), CONVERT, aQualifiedJourney().withOpportunity(OpportunityId.of("opp-1")), MONDAY, ADA)).to())
        .isEqualTo(SQL);
  }

  @Test
  void a_converted_crm_core_lead_brings_its_score_and_the_opportunity_its_conversion_opened() {
    Lead lead = PeopleFixtures.aLead()
        .score(72)
        .status(LeadStatus.CONVERTED)
        .conversion(LeadConversionOutcome.of(
            PeopleFixtures.ACME, ContactId.of("con-grace"), OpportunityId.of("opp-grace"),
            PeopleFixtures.T0))
        .build();

    B2bJourney journey = B2bJourney.of(lead);

    assertThat(journey.leadId()).isEqualTo(lead.id());
    assertThat(journey.score()).isEqualTo(OptionalInt.of(72));
    assertThat(journey.opportunityId()).contains(OpportunityId.of("opp-grace"));
    assertThat(leads.transition(in(SAL), CONVERT, journey, MONDAY).isAccepted()).isTrue();
  }

  @Test
  void an_unconverted_crm_core_lead_has_no_opportunity_and_an_unscored_one_no_score() {
    B2bJourney journey = B2bJourney.of(PeopleFixtures.aLead().build());

    assertThat(journey.score()).isEmpty();
    assertThat(journey.opportunityId()).isEmpty();
  }

  // ---------------------------------------------------------------------- close and onboarding

  @Test
  void winning_the_deal_starts_the_first_contact_and_kickoff_clocks() {
    Accepted accepted = accepted(leads.transition(in(SQL), WIN, aQualifiedJourney(), MONDAY, ADA));

    assertThat(accepted.to()).isEqualTo(CLOSED_WON);
    assertThat(accepted.sideEffects()).containsExactly(
        startTimer("customer-first-contact", "PT24H", "calendar"),
        startTimer("kickoff-booking", "P14D", "calendar"));
    assertThat(accepted.events()).containsExactly(
        new StageChanged("B2B lead", SQL, CLOSED_WON, WIN, false, ADA, MONDAY),
        new NamedEventOccurred("B2B lead", EventName.of("deal won"), SQL, CLOSED_WON, WIN, ADA, MONDAY),
        new NamedEventOccurred("B2B lead", EventName.of("became customer"), SQL, CLOSED_WON, WIN, ADA, MONDAY));
  }

  @Test
  void losing_the_deal_ends_the_lifecycle() {
    assertThat(accepted(leads.transition(in(SQL), LOSE, aQualifiedJourney(), MONDAY, ADA)).to()).isEqualTo(CLOSED_LOST);
    assertThat(rejected(leads.transition(in(CLOSED_LOST), QUALIFY, aQualifiedJourney(), MONDAY)).codes())
        .containsExactly(Violation.TERMINAL_STAGE);
  }

  @Test
  void onboarding_starts_only_once_success_has_contacted_the_customer() {
    assertThat(rejected(leads.transition(in(CLOSED_WON), START_ONBOARDING, aQualifiedJourney(), MONDAY, ADA)).violations())
        .containsExactly(Violation.of(Violation.FIELD_MISSING, CriterionId.of("first contact recorded"),
            "first contact is not filled in", List.of("first contact = (none)")));

    Accepted accepted = accepted(leads.transition(
        in(CLOSED_WON), START_ONBOARDING, aQualifiedJourney().withFirstContactAt(MONDAY), MONDAY, ADA));
    assertThat(accepted.to()).isEqualTo(ONBOARDING);
    assertThat(accepted.sideEffects()).containsExactly(SideEffect.stopTimer("customer-first-contact"));
  }

  @Test
  void booking_the_kickoff_needs_its_date_and_stops_the_kickoff_clock_in_onboarding() {
    assertThat(rejected(leads.transition(in(ONBOARDING), BOOK_KICKOFF, aQualifiedJourney(), MONDAY, ADA)).violations())
        .containsExactly(Violation.of(Violation.DATE_NOT_AGREED, CriterionId.of("kickoff booked"),
            "kickoff date is not agreed", List.of("kickoff date = (none)")));

    Accepted accepted = accepted(leads.transition(
        in(ONBOARDING), BOOK_KICKOFF, aQualifiedJourney().withKickoffOn(LocalDate.of(2026, 3, 9)), MONDAY, ADA));
    assertThat(accepted.to()).isEqualTo(ONBOARDING);
    assertThat(accepted.state()).isEqualTo(in(ONBOARDING));
    assertThat(accepted.sideEffects()).containsExactly(SideEffect.stopTimer("kickoff-booking"));
    assertThat(accepted.events()).extracting(e -> ((NamedEventOccurred) e).name())
        .containsExactly(EventName.of("kickoff booked"));
  }

  @Test
  void onboarding_completes_only_with_a_kickoff_booked() {
    assertThat(rejected(leads.transition(in(ONBOARDING), COMPLETE_ONBOARDING, aQualifiedJourney(), MONDAY, ADA)).codes())
        .containsExactly(Violation.DATE_NOT_AGREED);
    assertThat(accepted(leads.transition(in(ONBOARDING), COMPLETE_ONBOARDING,
        aQualifiedJourney().withKickoffOn(LocalDate.of(2026, 3, 9)), MONDAY, ADA)).to()).isEqualTo(RENEWAL);
  }

  @Test
  void a_customer_cycles_between_renewal_and_expansion_and_may_churn_from_any_customer_stage() {
    assertThat(accepted(leads.transition(in(RENEWAL), EXPAND, aJourney(), MONDAY)).to()).isEqualTo(EXPANSION);
    assertThat(accepted(leads.transition(in(EXPANSION), RENEW, aJourney(), MONDAY)).to()).isEqualTo(RENEWAL);
    Accepted renewed = accepted(leads.transition(in(RENEWAL), RENEW, aJourney(), MONDAY));
    assertThat(renewed.state()).isEqualTo(in(RENEWAL));
    assertThat(renewed.events()).extracting(e -> ((NamedEventOccurred) e).name())
        .containsExactly(EventName.of("contract renewed"));
    for (StageName customer : List.of(ONBOARDING, RENEWAL, EXPANSION)) {
      assertThat(accepted(leads.transition(in(customer), CHURN, aJourney(), MONDAY)).to()).isEqualTo(CHURNED);
    }
  }

  @Test
  void no_move_of_the_lifecycle_goes_back() {
    for (Transition<B2bJourney> transition : leads.transitions()) {
      for (StageName from : transition.from()) {
        assertThat(leads.isBackward(from, transition.to())).as("%s -> %s", from, transition.to()).isFalse();
      }
    }
  }

  // --------------------------------------------------------------------------------- options

  @Test
  void options_set_the_thresholds_and_the_clocks() {
    B2bLeadOptions options = B2bLeadOptions.defaults()
        .withMqlScoreThreshold(70)
        .withMinimumFit(FitGrade.A)
        .withSalesAcceptanceBusinessHours(4)
        .withFirstContactHours(2)
        .withKickoffBookingDays(5);
    LifecycleDefinition<B2bJourney> strict = B2bLeadLifecycle.definition(options);
    B2bJourney journey = aJourney().withScore(65).withFit(FitGrade.B);

    assertThat(rejected(strict.transition(in(LEAD), QUALIFY, journey, MONDAY)).violations())
        .extracting(Violation::message)
        .containsExactly(
            "lead score 65 is below the MQL threshold of 70",
            "fit B to the ideal customer profile is below the minimum of A");
    assertThat(accepted(strict.transition(in(LEAD), QUALIFY, aQualifiedJourney(), MONDAY)).sideEffects())
        .containsExactly(startTimer("sales-acceptance", "PT4H", "business"));
    assertThat(accepted(strict.transition(in(SQL), WIN, journey, MONDAY)).sideEffects()).containsExactly(
        startTimer("customer-first-contact", "PT2H", "calendar"), startTimer("kickoff-booking", "P5D", "calendar"));
  }

  @Test
  void the_defaults_are_the_documented_ones() {
    assertThat(B2bLeadOptions.defaults()).isEqualTo(new B2bLeadOptions(60, FitGrade.B, 8, 24, 14));
    assertThat(B2bLeadLifecycle.definition()).isEqualTo(B2bLeadLifecycle.definition(B2bLeadOptions.defaults()));
  }

  @Test
  void options_out_of_range_are_refused_naming_the_setting() {
    CrmValidationException e = assertRejected("b2bLeadOptions.mqlScoreThreshold", "range",
        () -> B2bLeadOptions.defaults().withMqlScoreThreshold(101));
    assertThat(e.getMessage()).isEqualTo(
        "b2bLeadOptions.mqlScoreThreshold: range (was '101'): a lead score threshold is from 0 to 100");
    assertRejected("b2bLeadOptions.mqlScoreThreshold", "range", () -> B2bLeadOptions.defaults().withMqlScoreThreshold(-1));
    assertRejected("b2bLeadOptions.minimumFit", "required", () -> B2bLeadOptions.defaults().withMinimumFit(null));
    CrmValidationException hours = assertRejected("b2bLeadOptions.salesAcceptanceBusinessHours", "range",
        () -> B2bLeadOptions.defaults().withSalesAcceptanceBusinessHours(0));
    assertThat(hours.getMessage()).isEqualTo("b2bLeadOptions.salesAcceptanceBusinessHours: range (was '0'): at least 1 hour");
    assertRejected("b2bLeadOptions.firstContactHours", "range", () -> B2bLeadOptions.defaults().withFirstContactHours(0));
    CrmValidationException days = assertRejected("b2bLeadOptions.kickoffBookingDays", "range",
        () -> B2bLeadOptions.defaults().withKickoffBookingDays(0));
    assertThat(days.getMessage()).isEqualTo("b2bLeadOptions.kickoffBookingDays: range (was '0'): at least 1 day");
  }

  @Test
  void a_journey_refuses_a_score_outside_0_to_100() {
    CrmValidationException e = assertRejected("b2bJourney.score", "range", () -> aJourney().withScore(101));
    assertThat(e.getMessage()).isEqualTo("b2bJourney.score: range (was '101'): a lead score is from 0 to 100");
    assertRejected("b2bJourney.score", "range", () -> aJourney().withScore(-1));
    assertRejected("b2bJourney.leadId", "required", () -> B2bJourney.of((LeadId) null));
    assertRejected("b2bJourney.fit", "required", () -> new B2bJourney(
        ShippedFixtures.GRACE, OptionalInt.empty(), null, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty()));
  }

  // --------------------------------------------------------------------- crm-core contact stage

  @Test
  void each_stage_shows_as_a_crm_core_contact_lifecycle_stage() {
    assertThat(leads.stages()).extracting(stage -> B2bLeadLifecycle.contactStage(stage.name())).containsExactly(
        LifecycleStage.LEAD, LifecycleStage.MQL, LifecycleStage.LEAD, LifecycleStage.SAL, LifecycleStage.OPPORTUNITY,
        LifecycleStage.CUSTOMER, LifecycleStage.of("Closed lost"), LifecycleStage.CUSTOMER, LifecycleStage.CUSTOMER,
        LifecycleStage.CUSTOMER, LifecycleStage.of("Churned"));
  }

  @Test
  void a_stage_the_lifecycle_does_not_have_has_no_contact_stage() {
    CrmValidationException e = assertRejected(
        "stage", "unknown", () -> B2bLeadLifecycle.contactStage(StageName.of("Evangelist")));
    assertThat(e.getMessage()).isEqualTo("stage: unknown (was 'evangelist'): the B2B lead lifecycle has no stage 'evangelist'");
  }
}

package io.crmkit.lifecycle.shipped;

import static io.crmkit.lifecycle.shipped.LifecycleTimers.BUSINESS_TIME;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.CALENDAR_TIME;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.CUSTOMER_FIRST_CONTACT;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.KICKOFF_BOOKING;
import static io.crmkit.lifecycle.shipped.LifecycleTimers.SALES_ACCEPTANCE;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.LifecycleStage;
import io.crmkit.lifecycle.Criteria;
import io.crmkit.lifecycle.CriterionId;
import io.crmkit.lifecycle.CriterionRegistry;
import io.crmkit.lifecycle.ExitCriterion;
import io.crmkit.lifecycle.LifecycleDefinition;
import io.crmkit.lifecycle.SideEffect;
import io.crmkit.lifecycle.StageName;
import io.crmkit.lifecycle.TriggerName;
import java.util.Map;

/**
 * The B2B lead lifecycle: a lead becomes a marketing-qualified lead (MQL) when its score and fit
 * pass, sales accepts it (SAL) or rejects it with a reason, a sales-qualified lead (SQL) has an
 * opportunity, the deal closes won or lost, and a won customer goes through onboarding into the
 * cycle of renewal and expansion, or churns.
 *
 * <pre>
 * Lead(1) -qualify-> MQL(2) -accept-> SAL(3) -convert-> SQL(4) -win-> Closed won(5) -start onboarding-> Onboarding(6)
 *   MQL -reject-> Recycled(2) -qualify-> MQL          SQL -lose-> Closed lost(5, terminal)
 *   Onboarding -book kickoff-> Onboarding;  Onboarding -complete onboarding-> Renewal(7) -expand-> Expansion(7)
 *   Renewal, Expansion -renew-> Renewal;  Onboarding, Renewal, Expansion -churn-> Churned(8, terminal)
 * </pre>
 *
 * <p>Exit criteria (ids in quotes, messages as a violation gives them):
 *
 * <ul>
 *   <li>{@code qualify}: "{@value #SCORE_REACHED_ID}" (the lead score is at least the threshold;
 *       {@code the lead is not scored yet}, {@code lead score 42 is below the MQL threshold of 60})
 *       and "{@value #PROFILE_FITS_ID}" (the fit grade is at least the minimum; {@code the fit to
 *       the ideal customer profile is not graded yet}, {@code fit C to the ideal customer profile is
 *       below the minimum of B});
 *   <li>{@code reject}: "{@value #REJECTION_REASON_LOGGED_ID}" ({@code rejection reason is not filled in});
 *   <li>{@code convert}: "{@value #OPPORTUNITY_OPENED_ID}" ({@code no opportunity is opened for the lead});
 *   <li>{@code start onboarding}: "{@value #FIRST_CONTACT_RECORDED_ID}" ({@code first contact is not filled in});
 *   <li>{@code book kickoff} and {@code complete onboarding}: "{@value #KICKOFF_BOOKED_ID}"
 *       ({@code kickoff date is not agreed}).
 * </ul>
 *
 * <p>Hand-off service levels are timers (see {@link LifecycleTimers}): entering MQL starts
 * {@value LifecycleTimers#SALES_ACCEPTANCE} (business hours), leaving MQL, by accept or reject,
 * stops it; entering Closed won starts {@value LifecycleTimers#CUSTOMER_FIRST_CONTACT} (hours) and
 * {@value LifecycleTimers#KICKOFF_BOOKING} (days); leaving Closed won stops the first, {@code book
 * kickoff} the second.
 *
 * <p>Sales rejects a lead sideways (Recycled shares the rank of MQL), so a host may also reject
 * automatically, for instance when the acceptance timer is breached, giving the reason in the
 * journey. Every other move goes forward or keeps the stage: no move of this lifecycle goes back.
 *
 * <p>The definition with the default options ships as the resource {@value #JSON_RESOURCE}
 * ({@link #shippedJson()}), read with {@link #criteria(B2bLeadOptions)}.
 */
public final class B2bLeadLifecycle {
  /** The lifecycle's name. */
  public static final String NAME = "B2B lead";
  /** The class-path resource of the definition with the default options. */
  public static final String JSON_RESOURCE = "/io/crmkit/lifecycle/shipped/b2b-lead.json";

  /** A prospect who showed interest; the entry stage. */
  public static final StageName LEAD = StageName.of("Lead");
  /** A marketing-qualified lead: score and fit passed; sales has to accept or reject it. */
  public static final StageName MQL = StageName.of("MQL");
  /** A lead sales rejected, back with marketing until it qualifies again. */
  public static final StageName RECYCLED = StageName.of("Recycled");
  /** A sales-accepted lead: sales works it. */
  public static final StageName SAL = StageName.of("SAL");
  /** A sales-qualified lead with an opportunity. */
  public static final StageName SQL = StageName.of("SQL");
  /** The deal is won; customer success takes over. */
  public static final StageName CLOSED_WON = StageName.of("Closed won");
  /** The deal is lost; terminal. */
  public static final StageName CLOSED_LOST = StageName.of("Closed lost");
  /** The new customer is being onboarded. */
  public static final StageName ONBOARDING = StageName.of("Onboarding");
  /** A live customer working towards the renewal of the contract. */
  public static final StageName RENEWAL = StageName.of("Renewal");
  /** A live customer buying more. */
  public static final StageName EXPANSION = StageName.of("Expansion");
  /** A former customer; terminal. */
  public static final StageName CHURNED = StageName.of("Churned");

  /** Marketing passes the lead to sales: Lead or Recycled to MQL. */
  public static final TriggerName QUALIFY = TriggerName.of("qualify");
  /** Sales accepts the lead: MQL to SAL. */
  public static final TriggerName ACCEPT = TriggerName.of("accept");
  /** Sales rejects the lead with a reason: MQL to Recycled. */
  public static final TriggerName REJECT = TriggerName.of("reject");
  /** Sales qualifies the lead and opens an opportunity: SAL to SQL. */
  public static final TriggerName CONVERT = TriggerName.of("convert");
  /** The deal is won: SQL to Closed won. */
  public static final TriggerName WIN = TriggerName.of("win");
  /** The deal is lost: SQL to Closed lost. */
  public static final TriggerName LOSE = TriggerName.of("lose");
  /** Customer success contacted the customer: Closed won to Onboarding. */
  public static final TriggerName START_ONBOARDING = TriggerName.of("start onboarding");
  /** The kickoff is booked: Onboarding stays in Onboarding. */
  public static final TriggerName BOOK_KICKOFF = TriggerName.of("book kickoff");
  /** Onboarding is done: Onboarding to Renewal. */
  public static final TriggerName COMPLETE_ONBOARDING = TriggerName.of("complete onboarding");
  /** The customer buys more: Renewal to Expansion. */
  public static final TriggerName EXPAND = TriggerName.of("expand");
  /** The contract is renewed: Renewal or Expansion to Renewal. */
  public static final TriggerName RENEW = TriggerName.of("renew");
  /** The customer leaves: Onboarding, Renewal or Expansion to Churned. */
  public static final TriggerName CHURN = TriggerName.of("churn");

  /** The id of the criterion that the lead score reaches the threshold. */
  public static final String SCORE_REACHED_ID = "lead score reached";
  /** The id of the criterion that the fit to the ideal customer profile is good enough. */
  public static final String PROFILE_FITS_ID = "fits ideal customer profile";
  /** The id of the criterion that sales logged why it rejected the lead. */
  public static final String REJECTION_REASON_LOGGED_ID = "rejection reason logged";
  /** The id of the criterion that an opportunity is opened for the lead. */
  public static final String OPPORTUNITY_OPENED_ID = "opportunity opened";
  /** The id of the criterion that customer success contacted the new customer. */
  public static final String FIRST_CONTACT_RECORDED_ID = "first contact recorded";
  /** The id of the criterion that a kickoff is booked. */
  public static final String KICKOFF_BOOKED_ID = "kickoff booked";

  /** The code of a violation: the lead score is below the MQL threshold. */
  public static final String SCORE_BELOW_THRESHOLD = "score_below_threshold";
  /** The code of a violation: the fit to the ideal customer profile is below the minimum grade. */
  public static final String POOR_FIT = "poor_fit";

  private static final ExitCriterion<B2bJourney> REJECTION_REASON_LOGGED =
      Criteria.fieldFilled(REJECTION_REASON_LOGGED_ID, "rejection reason", B2bJourney::rejectionReason);
  private static final ExitCriterion<B2bJourney> OPPORTUNITY_OPENED = Criteria.that(
      OPPORTUNITY_OPENED_ID, "an opportunity is opened for the lead",
      journey -> journey.opportunityId().isPresent(), "no opportunity is opened for the lead");
  private static final ExitCriterion<B2bJourney> FIRST_CONTACT_RECORDED =
      Criteria.fieldFilled(FIRST_CONTACT_RECORDED_ID, "first contact", B2bJourney::firstContactAt);
  private static final ExitCriterion<B2bJourney> KICKOFF_BOOKED =
      Criteria.dateAgreed(KICKOFF_BOOKED_ID, "kickoff date", B2bJourney::kickoffOn);

  private static final Map<StageName, LifecycleStage> CONTACT_STAGES = Map.ofEntries(
      Map.entry(LEAD, LifecycleStage.LEAD),
      Map.entry(MQL, LifecycleStage.MQL),
      Map.entry(RECYCLED, LifecycleStage.LEAD),
      Map.entry(SAL, LifecycleStage.SAL),
      Map.entry(SQL, LifecycleStage.OPPORTUNITY),
      Map.entry(CLOSED_WON, LifecycleStage.CUSTOMER),
      Map.entry(CLOSED_LOST, LifecycleStage.of("Closed lost")),
      Map.entry(ONBOARDING, LifecycleStage.CUSTOMER),
      Map.entry(RENEWAL, LifecycleStage.CUSTOMER),
      Map.entry(EXPANSION, LifecycleStage.CUSTOMER),
      Map.entry(CHURNED, LifecycleStage.of("Churned")));

  private B2bLeadLifecycle() {}

  /** The lifecycle with the {@linkplain B2bLeadOptions#defaults() default options}. */
  public static LifecycleDefinition<B2bJourney> definition() {
    return Default.DEFINITION;
  }

  /** The lifecycle with the given options. */
  public static LifecycleDefinition<B2bJourney> definition(B2bLeadOptions options) {
    CrmValidationException.required("options", options);
    return LifecycleDefinition.builder(NAME, criteria(options))
        .stage("Lead", 1, s -> s.entry())
        .stage("MQL", 2, s -> s
            .onEnter(LifecycleTimers.start(
                SALES_ACCEPTANCE, LifecycleTimers.hours(options.salesAcceptanceBusinessHours()), BUSINESS_TIME))
            .onExit(SideEffect.stopTimer(SALES_ACCEPTANCE)))
        .stage("Recycled", 2)
        .stage("SAL", 3)
        .stage("SQL", 4)
        .stage("Closed won", 5, s -> s
            .onEnter(
                LifecycleTimers.start(
                    CUSTOMER_FIRST_CONTACT, LifecycleTimers.hours(options.firstContactHours()), CALENDAR_TIME),
                LifecycleTimers.start(
                    KICKOFF_BOOKING, LifecycleTimers.days(options.kickoffBookingDays()), CALENDAR_TIME))
            .onExit(SideEffect.stopTimer(CUSTOMER_FIRST_CONTACT)))
        .terminalStage("Closed lost", 5)
        .stage("Onboarding", 6)
        .stage("Renewal", 7)
        .stage("Expansion", 7)
        .terminalStage("Churned", 8)
        .triggers("qualify", "accept", "reject", "convert", "win", "lose", "start onboarding", "book kickoff",
            "complete onboarding", "expand", "renew", "churn")
        .transition("qualify", t -> t
            .from("Lead", "Recycled").to("MQL")
            .requires(SCORE_REACHED_ID, PROFILE_FITS_ID)
            .emits("marketing qualified"))
        .transition("accept", "MQL", "SAL", t -> t.emits("sales accepted"))
        .transition("reject", "MQL", "Recycled", t -> t.requires(REJECTION_REASON_LOGGED_ID).emits("sales rejected"))
        .transition("convert", "SAL", "SQL", t -> t.requires(OPPORTUNITY_OPENED_ID).emits("sales qualified"))
        .transition("win", "SQL", "Closed won", t -> t.emits("deal won", "became customer"))
        .transition("lose", "SQL", "Closed lost", t -> t.emits("deal lost"))
        .transition("start onboarding", "Closed won", "Onboarding", t -> t.requires(FIRST_CONTACT_RECORDED_ID))
        .transition("book kickoff", "Onboarding", "Onboarding", t -> t
            .requires(KICKOFF_BOOKED_ID)
            .emits("kickoff booked")
            .sideEffects(SideEffect.stopTimer(KICKOFF_BOOKING)))
        .transition("complete onboarding", "Onboarding", "Renewal", t -> t
            .requires(KICKOFF_BOOKED_ID)
            .emits("onboarding completed"))
        .transition("expand", "Renewal", "Expansion")
        .transition("renew", t -> t.from("Renewal", "Expansion").to("Renewal").emits("contract renewed"))
        .transition("churn", t -> t.from("Onboarding", "Renewal", "Expansion").to("Churned").emits("customer churned"))
        .build();
  }

  /**
   * The exit criteria of the lifecycle with these options, by id: to read a definition from JSON
   * with {@link io.crmkit.lifecycle.json.LifecycleJson#read(String, CriterionRegistry)}. Registries
   * made from equal options hold equal criteria.
   */
  public static CriterionRegistry<B2bJourney> criteria(B2bLeadOptions options) {
    CrmValidationException.required("options", options);
    return CriterionRegistry.of(
        new B2bCriteria.ScoreReached(CriterionId.of(SCORE_REACHED_ID), options.mqlScoreThreshold()),
        new B2bCriteria.ProfileFits(CriterionId.of(PROFILE_FITS_ID), options.minimumFit()),
        REJECTION_REASON_LOGGED,
        OPPORTUNITY_OPENED,
        FIRST_CONTACT_RECORDED,
        KICKOFF_BOOKED);
  }

  /** The text of the shipped JSON definition, {@value #JSON_RESOURCE}: the lifecycle with the default options. */
  public static String shippedJson() {
    return ShippedResources.text(JSON_RESOURCE);
  }

  /**
   * The crm-core contact lifecycle stage a stage of this lifecycle shows as: Lead and Recycled as
   * {@link LifecycleStage#LEAD}, MQL, SAL as themselves, SQL as {@link LifecycleStage#OPPORTUNITY}
   * (it has one), Closed won, Onboarding, Renewal and Expansion as {@link LifecycleStage#CUSTOMER};
   * Closed lost and Churned as stages of their own name.
   *
   * @throws CrmValidationException field {@code stage}, rule {@code unknown}, for a stage this
   *     lifecycle does not have
   */
  public static LifecycleStage contactStage(StageName stage) {
    CrmValidationException.required("stage", stage);
    LifecycleStage shown = CONTACT_STAGES.get(stage);
    if (shown == null) {
      throw CrmValidationException.of(
          "stage", "unknown", stage, "the " + NAME + " lifecycle has no stage '" + stage + "'");
    }
    return shown;
  }

  /** The definition with the default options, made when first asked for. */
  private static final class Default {
    static final LifecycleDefinition<B2bJourney> DEFINITION = definition(B2bLeadOptions.defaults());
  }
}

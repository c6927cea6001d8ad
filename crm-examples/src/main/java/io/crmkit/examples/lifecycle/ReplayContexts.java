package io.crmkit.examples.lifecycle;

import io.crmkit.core.AggregateId;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.CaseId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityContactRole;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.support.CaseSeverity;
import io.crmkit.core.support.CaseStatus;
import io.crmkit.core.support.CaseType;
import io.crmkit.core.support.SupportCase;
import io.crmkit.core.value.Money;
import io.crmkit.lifecycle.CriterionRegistry;
import io.crmkit.lifecycle.TransitionResult;
import io.crmkit.lifecycle.TriggerName;
import io.crmkit.lifecycle.shipped.B2bJourney;
import io.crmkit.lifecycle.shipped.B2bLeadLifecycle;
import io.crmkit.lifecycle.shipped.B2bLeadOptions;
import io.crmkit.lifecycle.shipped.B2cCustomerLifecycle;
import io.crmkit.lifecycle.shipped.B2cCustomerOptions;
import io.crmkit.lifecycle.shipped.CaseProgress;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.lifecycle.shipped.OpportunityEvidence;
import io.crmkit.lifecycle.shipped.OpportunityLifecycle;
import io.crmkit.lifecycle.shipped.PurchaseActivity;
import io.crmkit.lifecycle.shipped.SupportCaseLifecycle;
import io.crmkit.lifecycle.shipped.SupportCaseOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The replay contexts of the shipped lifecycles, with their default options, and of a definition
 * that names no exit criteria. Records the crm-core aggregates stand in for (an opportunity, a
 * support case) are made with placeholder ids and owners: the criteria read only the parts the
 * facts give.
 */
public final class ReplayContexts {
  private static final UserId REPLAY_USER = UserId.of("replay");

  private ReplayContexts() {}

  /**
   * The B2B lead lifecycle's context: a {@link B2bJourney} whose lead id is the record id, and whose
   * score, fit, rejection reason, opportunity, first contact and kickoff date are the facts in force.
   */
  public static ReplayContext<B2bJourney> b2bLead() {
    return new B2bLead();
  }

  /**
   * The B2C customer lifecycle's context: a {@link PurchaseActivity} in which every event whose
   * trigger is {@code purchase} is a purchase at its time, every other event sees the purchases so
   * far at its time; the facts give the purchases before the record's first event, read once then.
   */
  public static ReplayContext<PurchaseActivity> b2cCustomer() {
    return new B2cCustomer();
  }

  /**
   * The opportunity lifecycle's context: an {@link OpportunityEvidence} whose notes, e-mails,
   * meetings held, contact roles and approval tasks are the facts in force.
   */
  public static ReplayContext<OpportunityEvidence> opportunity() {
    return new OpportunityReplay();
  }

  /**
   * The support case lifecycle's context: a {@link CaseProgress} whose resolution and confirmation
   * are the facts in force, and whose case counts as resolved since its last accepted move into
   * Resolved (or since the facts' {@code resolved_at}).
   */
  public static ReplayContext<CaseProgress> supportCase() {
    return new SupportCaseReplay();
  }

  /** The context of a definition that names no exit criteria: nothing is read, and a facts file has no columns of its own. */
  public static ReplayContext<Object> withoutCriteria() {
    return new WithoutCriteria();
  }

  /** A column of record ids: an id of a crm-core aggregate, at most 64 characters. */
  static Function<String, String> id(String column) {
    return text -> AggregateId.checked(column, text);
  }

  /**
   * A shipped lifecycle's context: its criteria with the default options, the fact columns its
   * context reads, and the sentence the help prints about them.
   */
  private abstract static class ShippedReplay<C> implements ReplayContext<C> {
    private final CriterionRegistry<C> criteria;
    private final List<FactColumn> columns;
    private final String description;

    ShippedReplay(CriterionRegistry<C> criteria, List<FactColumn> columns, String description) {
      this.criteria = criteria;
      this.columns = columns;
      this.description = description;
    }

    @Override
    public final CriterionRegistry<C> criteria() {
      return criteria;
    }

    @Override
    public final List<FactColumn> factColumns() {
      return columns;
    }

    @Override
    public final String description() {
      return description;
    }
  }

  private static final class B2bLead extends ShippedReplay<B2bJourney> {
    private static final List<FactColumn> COLUMNS = List.of(
        FactColumn.of("score", "the lead score, 0 to 100", CellReaders.integer("score", 0, 100)),
        FactColumn.of("fit", "the fit to the ideal customer profile, A (best) to D",
            CellReaders.constant("fit", FitGrade.class)),
        FactColumn.of("rejection_reason", "why sales rejected the lead", CellReaders.text("rejection_reason")),
        FactColumn.of("opportunity_id", "the opportunity opened for the lead", id("opportunity_id")),
        FactColumn.of("first_contact_at", "when customer success first contacted the customer (ISO instant)",
            CellReaders.instant("first_contact_at")),
        FactColumn.of("kickoff_on", "the date of the kickoff booked (ISO date)", CellReaders.date("kickoff_on")));

    B2bLead() {
      super(B2bLeadLifecycle.criteria(B2bLeadOptions.defaults()), COLUMNS,
          "the criteria read a B2bJourney: the lead's score and fit, why sales rejected it, the opportunity"
          + " opened, the first contact and the kickoff date, from the facts in force at each event.");
    }

    @Override
    public RecordTrack<B2bJourney> track(String recordId, Instant firstEventAt) {
      LeadId lead = LeadId.of(recordId);
      return (trigger, at, facts) -> {
        B2bJourney journey = B2bJourney.of(lead);
        Optional<Integer> score = facts.value("score", Integer.class);
        if (score.isPresent()) {
          journey = journey.withScore(score.get());
        }
        Optional<FitGrade> fit = facts.value("fit", FitGrade.class);
        if (fit.isPresent()) {
          journey = journey.withFit(fit.get());
        }
        Optional<String> reason = facts.value("rejection_reason", String.class);
        if (reason.isPresent()) {
          journey = journey.withRejectionReason(reason.get());
        }
        Optional<String> opportunity = facts.value("opportunity_id", String.class);
        if (opportunity.isPresent()) {
          journey = journey.withOpportunity(OpportunityId.of(opportunity.get()));
        }
        Optional<Instant> firstContact = facts.value("first_contact_at", Instant.class);
        if (firstContact.isPresent()) {
          journey = journey.withFirstContactAt(firstContact.get());
        }
        Optional<LocalDate> kickoff = facts.value("kickoff_on", LocalDate.class);
        if (kickoff.isPresent()) {
          journey = journey.withKickoffOn(kickoff.get());
        }
        return journey;
      };
    }
  }

  private static final class B2cCustomer extends ShippedReplay<PurchaseActivity> {
    private static final List<FactColumn> COLUMNS = List.of(
        FactColumn.of("purchases", "how many purchases the customer made before the first event (default: 1 with"
            + " last_purchase_at, else 0)", CellReaders.integer("purchases", 0, Integer.MAX_VALUE)),
        FactColumn.of("last_purchase_at", "the last of them (ISO instant)", CellReaders.instant("last_purchase_at")));

    B2cCustomer() {
      super(B2cCustomerLifecycle.criteria(B2cCustomerOptions.defaults()), COLUMNS,
          "the criteria read a PurchaseActivity: each event of trigger 'purchase' is a purchase at its time;"
          + " the facts give the purchases before a record's first event.");
    }

    @Override
    public RecordTrack<PurchaseActivity> track(String recordId, Instant firstEventAt) {
      return new RecordTrack<>() {
        private @Nullable PurchaseActivity activity;

        @Override
        public PurchaseActivity record(TriggerName trigger, Instant at, Facts facts) {
          PurchaseActivity before = activity;
          if (before == null) {
            Optional<Instant> last = facts.value("last_purchase_at", Instant.class);
            int purchases = facts.value("purchases", Integer.class).orElse(last.isPresent() ? 1 : 0);
            before = new PurchaseActivity(purchases, last, at);
          }
          activity = trigger.equals(B2cCustomerLifecycle.PURCHASE) ? before.withPurchaseAt(at) : before.at(at);
          return activity;
        }
      };
    }
  }

  /**
   * An approval task as a facts file writes it: {@code approver/due/status}.
   *
   * @param approver who approves; empty when not named
   * @param due the target date; empty when not set
   * @param granted whether it is granted
   */
  record Approval(Optional<String> approver, Optional<Instant> due, boolean granted) {
    static Function<String, Approval> reader(String column) {
      Function<String, Instant> due = CellReaders.instantOrDate(column);
      return text -> {
        String[] parts = text.split("/", -1);
        if (parts.length > 3) {
          throw CrmValidationException.of(column, "approval", text,
              "an approval is approver/due/status, such as cfo/2026-03-20/granted");
        }
        Optional<String> approver = parts[0].isBlank() ? Optional.empty()
            : Optional.of(AggregateId.checked(column, parts[0]));
        Optional<Instant> on = parts.length < 2 || parts[1].isBlank() ? Optional.empty()
            : Optional.of(due.apply(parts[1].strip()));
        String status = parts.length < 3 ? "" : parts[2].strip().toLowerCase(Locale.ROOT);
        if (!status.isEmpty() && !status.equals("granted") && !status.equals("pending")) {
          throw CrmValidationException.of(column, "approval", text,
              "the status of an approval is granted or pending, not '" + parts[2].strip() + "'");
        }
        return new Approval(approver, on, status.equals("granted"));
      };
    }
  }

  private static final class OpportunityReplay extends ShippedReplay<OpportunityEvidence> {
    private static final List<FactColumn> COLUMNS = List.of(
        FactColumn.of("notes", "the kinds of notes written, separated by ; (Problem; Success measures)",
            CellReaders.list(CellReaders.text("notes"))),
        FactColumn.of("emails", "the kinds of e-mails logged (Buyer confirmation; Pricing agreed)",
            CellReaders.list(CellReaders.text("emails"))),
        FactColumn.of("meetings_held", "the kinds of meetings held (Demo; Pilot)",
            CellReaders.list(CellReaders.text("meetings_held"))),
        FactColumn.of("contact_roles", "the roles of the deal's contacts (Decision maker; Champion)",
            CellReaders.list(CellReaders.text("contact_roles"))),
        FactColumn.of("approvals", "the approval tasks, each approver/due/status, such as"
            + " cfo/2026-03-20/granted; legal/2026-03-22 (status pending unless granted)",
            CellReaders.list(Approval.reader("approvals"))));

    OpportunityReplay() {
      super(OpportunityLifecycle.criteria(), COLUMNS,
          "the criteria read an OpportunityEvidence: a deal whose notes, e-mails, meetings held, contact roles"
          + " and approval tasks are the facts in force at each event.");
    }

    @Override
    public RecordTrack<OpportunityEvidence> track(String recordId, Instant firstEventAt) {
      OpportunityId id = OpportunityId.of(recordId);
      return (trigger, at, facts) -> {
        List<OpportunityContactRole> roles = new ArrayList<>();
        List<String> named = facts.list("contact_roles", String.class);
        for (int i = 0; i < named.size(); i++) {
          roles.add(OpportunityContactRole.of(ContactId.of("contact-" + (i + 1)), named.get(i)));
        }
        Opportunity deal = Opportunity.builder()
            .id(id)
            .name(recordId)
            .accountId(AccountId.of("replayed-account"))
            .stage(Stage.DISCOVERY)
            .amount(Money.zero("EUR"))
            .expectedCloseDate(LocalDate.ofInstant(at, ZoneOffset.UTC))
            .ownerId(REPLAY_USER)
            .contactRoles(roles)
            .createdAt(firstEventAt)
            .updatedAt(at)
            .build();
        List<Activity> activities = new ArrayList<>();
        for (String kind : facts.list("notes", String.class)) {
          activities.add(activity(id, activities.size(), ActivityType.NOTE, kind, at).build());
        }
        for (String kind : facts.list("emails", String.class)) {
          activities.add(activity(id, activities.size(), ActivityType.EMAIL, kind, at).build());
        }
        for (String kind : facts.list("meetings_held", String.class)) {
          activities.add(activity(id, activities.size(), ActivityType.MEETING, kind, at).doneAt(at).build());
        }
        List<Approval> approvals = facts.list("approvals", Approval.class);
        for (int i = 0; i < approvals.size(); i++) {
          Approval approval = approvals.get(i);
          Activity.Builder task = activity(id, activities.size(), ActivityType.TASK,
              OpportunityLifecycle.APPROVAL + ": " + approval.approver().orElse("#" + (i + 1)), at);
          approval.approver().ifPresent(approver -> task.ownerId(UserId.of(approver)));
          approval.due().ifPresent(task::due);
          if (approval.granted()) {
            task.doneAt(at);
          }
          activities.add(task.build());
        }
        return OpportunityEvidence.of(deal, activities);
      };
    }

    private static Activity.Builder activity(OpportunityId deal, int index, ActivityType type, String subject,
        Instant at) {
      Activity.Builder builder = Activity.builder();
      builder.id(ActivityId.of("activity-" + (index + 1))).type(type).subject(subject).opportunityId(deal)
          .createdAt(at).updatedAt(at);
      return builder;
    }
  }

  private static final class SupportCaseReplay extends ShippedReplay<CaseProgress> {
    private static final List<FactColumn> COLUMNS = List.of(
        FactColumn.of("resolution", "what support did to solve the problem", CellReaders.text("resolution")),
        FactColumn.of("resolution_confirmed", "whether the customer confirmed the resolution (true or false)",
            CellReaders.flag("resolution_confirmed")),
        FactColumn.of("resolved_at", "when the case was resolved (ISO instant; default: the time of its last"
            + " move into Resolved)", CellReaders.instant("resolved_at")));

    SupportCaseReplay() {
      super(SupportCaseLifecycle.criteria(SupportCaseOptions.defaults()), COLUMNS,
          "the criteria read a CaseProgress: the resolution and the customer's confirmation from the facts;"
          + " a case counts as resolved from its last move into Resolved.");
    }

    @Override
    public RecordTrack<CaseProgress> track(String recordId, Instant firstEventAt) {
      CaseId id = CaseId.of(recordId);
      return new RecordTrack<>() {
        private Optional<Instant> resolvedInReplay = Optional.empty();

        @Override
        public CaseProgress record(TriggerName trigger, Instant at, Facts facts) {
          Optional<Instant> resolvedAt = facts.value("resolved_at", Instant.class).or(() -> resolvedInReplay);
          Instant openedAt = resolvedAt.filter(r -> r.isBefore(firstEventAt)).orElse(firstEventAt);
          SupportCase supportCase = SupportCase.builder()
              .id(id)
              .caseNumber(recordId)
              .subject("Replayed case " + recordId)
              .type(CaseType.PROBLEM)
              .severity(CaseSeverity.MEDIUM)
              .ownerId(REPLAY_USER)
              .contactId(ContactId.of("replayed-contact"))
              .origin("replay")
              .openedAt(openedAt)
              .status(resolvedAt.isPresent() ? CaseStatus.RESOLVED : CaseStatus.OPEN)
              .resolvedAt(resolvedAt)
              .createdAt(openedAt)
              .updatedAt(at.isBefore(openedAt) ? openedAt : at)
              .build();
          return new CaseProgress(supportCase, facts.value("resolution", String.class),
              facts.value("resolution_confirmed", Boolean.class).orElse(false), at);
        }

        @Override
        public void moved(TransitionResult.Accepted accepted, Instant at) {
          if (accepted.to().equals(SupportCaseLifecycle.RESOLVED) && !accepted.from().equals(accepted.to())) {
            resolvedInReplay = Optional.of(at);
          }
        }
      };
    }
  }

  private static final class WithoutCriteria implements ReplayContext<Object> {
    @Override
    public CriterionRegistry<Object> criteria() {
      return CriterionRegistry.empty();
    }

    @Override
    public List<FactColumn> factColumns() {
      return List.of();
    }

    @Override
    public String description() {
      return "the definition names no exit criteria, so nothing is read about a record.";
    }

    @Override
    public RecordTrack<Object> track(String recordId, Instant firstEventAt) {
      return (trigger, at, facts) -> recordId;
    }
  }
}

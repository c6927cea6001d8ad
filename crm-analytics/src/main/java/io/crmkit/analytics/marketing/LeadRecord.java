package io.crmkit.analytics.marketing;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One lead as the lead measures read it: where it came from, when it arrived, when sales first
 * contacted it, and how far it got.
 *
 * @param id the lead
 * @param source where it came from, stripped: {@code Web form}, {@code Trade show}
 * @param createdAt when it arrived
 * @param firstContactedAt when someone first reached out to it; not before {@code createdAt}
 * @param qualified whether it was qualified (a converted lead was, so this is true when converted)
 * @param converted whether it was converted into a contact and account
 */
public record LeadRecord(LeadId id, String source, Instant createdAt, Optional<Instant> firstContactedAt,
    boolean qualified, boolean converted) {

  /**
   * Checks and normalises the record.
   *
   * @throws CrmValidationException when a part is missing ({@code required}) or the first contact
   *     is before the lead arrived ({@code leadRecord.firstContactedAt}, rule {@code order})
   */
  public LeadRecord {
    CrmValidationException.required("leadRecord.id", id);
    source = CrmValidationException.requiredText("leadRecord.source", source);
    CrmValidationException.required("leadRecord.createdAt", createdAt);
    CrmValidationException.required("leadRecord.firstContactedAt", firstContactedAt);
    if (firstContactedAt.isPresent() && firstContactedAt.get().isBefore(createdAt)) {
      throw CrmValidationException.of("leadRecord.firstContactedAt", "order", firstContactedAt.get(),
          "the first contact is before the lead arrived at " + createdAt);
    }
    qualified = qualified || converted;
  }

  /**
   * The record of a crm-core lead: its source and creation; qualified when its status is qualified
   * or converted; the first contact as the host knows it from its activities.
   */
  public static LeadRecord from(Lead lead, Optional<Instant> firstContactedAt) {
    CrmValidationException.required("lead", lead);
    boolean qualified = lead.status() == LeadStatus.QUALIFIED || lead.isConverted();
    return new LeadRecord(lead.id(), lead.leadSource(), lead.createdAt(), firstContactedAt, qualified,
        lead.isConverted());
  }

  /** The time from arrival to first contact, once contacted. */
  public Optional<Duration> responseTime() {
    return firstContactedAt.map(at -> Duration.between(createdAt, at));
  }
}

package io.crmkit.core.campaign;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact or a lead in a campaign, and how far they got: targeted, sent, responded, opted out.
 *
 * <p>A member is exactly one of a contact or a lead. A response is never before the send, and a
 * member who {@link CampaignMemberStatus#RESPONDED responded} has a response time.
 */
@Value.Immutable
public abstract class CampaignMember implements Aggregate<CampaignMemberId>, WithCampaignMember {

  @Override
  public abstract CampaignMemberId id();

  /** The campaign. */
  public abstract CampaignId campaignId();

  /** The contact, when the member is a contact. */
  public abstract Optional<ContactId> contactId();

  /** The lead, when the member is a lead. */
  public abstract Optional<LeadId> leadId();

  /** How far the member got; {@link CampaignMemberStatus#TARGETED} unless set. */
  @Value.Default
  public CampaignMemberStatus status() {
    return CampaignMemberStatus.TARGETED;
  }

  /** When the campaign reached the member. */
  public abstract Optional<Instant> sentAt();

  /** When the member responded; not before {@link #sentAt()}. */
  public abstract Optional<Instant> respondedAt();

  @Override
  public abstract Instant createdAt();

  @Override
  public abstract Instant updatedAt();

  @Override
  @Value.Default
  public long version() {
    return 0;
  }

  @Override
  @Value.Default
  public CustomFields customFields() {
    return CustomFields.empty();
  }

  @Override
  public String recordType() {
    return "CampaignMember";
  }

  /** Whether the member responded at some point (a response time is recorded). */
  public boolean hasResponded() {
    return respondedAt().isPresent();
  }

  /** A builder; id, campaignId, one of contactId or leadId, createdAt and updatedAt are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CampaignMember}. */
  public static class Builder extends ImmutableCampaignMember.Builder {}

  @Value.Check
  CampaignMember normalised() {
    if (contactId().isPresent() == leadId().isPresent()) {
      throw CrmValidationException.of("campaignMember.member", "exactlyOne",
          contactId().isPresent() ? "contact and lead" : "neither", "a member is either a contact or a lead");
    }
    Aggregate.checkBasics("campaignMember", this);
    if (status() == CampaignMemberStatus.RESPONDED && respondedAt().isEmpty()) {
      throw CrmValidationException.of("campaignMember.respondedAt", "required", status(),
          "a member who responded has a response time");
    }
    if (sentAt().isPresent() && respondedAt().isPresent() && respondedAt().get().isBefore(sentAt().get())) {
      throw CrmValidationException.of("campaignMember.respondedAt", "order", respondedAt().get(),
          "the response is before the send at " + sentAt().get());
    }
    return this;
  }
}

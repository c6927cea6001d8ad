package io.crmkit.examples.jdbc;

import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.port.CampaignMemberRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The JDBC {@link CampaignMemberRepository}: table {@code crm_campaign_member}, looked up by campaign,
 * contact and lead.
 */
final class JdbcCampaignMemberRepository implements CampaignMemberRepository {
  private static final Key.Column<CampaignMember> CAMPAIGN =
      Key.column("campaign_id", member -> member.campaignId().value());
  private static final Key.Column<CampaignMember> CONTACT =
      Key.optionalColumn("contact_id", member -> member.contactId().map(ContactId::value));
  private static final Key.Column<CampaignMember> LEAD =
      Key.optionalColumn("lead_id", member -> member.leadId().map(LeadId::value));

  private final JdbcStore<CampaignMemberId, CampaignMember> store;

  JdbcCampaignMemberRepository(JdbcCrm crm) {
    this.store = crm.newStore("crm_campaign_member", CampaignMember.class, CampaignMember::withVersion,
        List.of(CAMPAIGN, CONTACT, LEAD));
  }

  @Override
  public Optional<CampaignMember> findById(CampaignMemberId id) {
    return store.findById(id);
  }

  @Override
  public List<CampaignMember> findByCampaign(CampaignId campaignId) {
    return store.findBy(CAMPAIGN, Objects.requireNonNull(campaignId, "campaignId").value());
  }

  @Override
  public List<CampaignMember> findByContact(ContactId contactId) {
    return store.findBy(CONTACT, Objects.requireNonNull(contactId, "contactId").value());
  }

  @Override
  public List<CampaignMember> findByLead(LeadId leadId) {
    return store.findBy(LEAD, Objects.requireNonNull(leadId, "leadId").value());
  }

  @Override
  public CampaignMember save(CampaignMember member) {
    return store.save(member);
  }

  @Override
  public List<CampaignMember> saveAll(List<CampaignMember> members) {
    return store.saveAll(members);
  }
}

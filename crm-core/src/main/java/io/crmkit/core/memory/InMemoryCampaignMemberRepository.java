package io.crmkit.core.memory;

import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.port.CampaignMemberRepository;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link CampaignMemberRepository}: members indexed by campaign, contact and lead. */
final class InMemoryCampaignMemberRepository implements CampaignMemberRepository {
  private static final NaturalKey<CampaignMember, CampaignId> CAMPAIGN =
      NaturalKey.of("campaign", CampaignMember::campaignId);
  private static final NaturalKey<CampaignMember, ContactId> CONTACT =
      NaturalKey.optional("contact", CampaignMember::contactId);
  private static final NaturalKey<CampaignMember, LeadId> LEAD = NaturalKey.optional("lead", CampaignMember::leadId);

  private final InMemoryStore<CampaignMemberId, CampaignMember> store;

  InMemoryCampaignMemberRepository(InMemoryCrm crm) {
    this.store = crm.newStore(CampaignMember::withVersion, List.of(CAMPAIGN, CONTACT, LEAD));
  }

  @Override
  public Optional<CampaignMember> findById(CampaignMemberId id) {
    return store.findById(id);
  }

  @Override
  public List<CampaignMember> findByCampaign(CampaignId campaignId) {
    return store.findBy(CAMPAIGN, campaignId);
  }

  @Override
  public List<CampaignMember> findByContact(ContactId contactId) {
    return store.findBy(CONTACT, contactId);
  }

  @Override
  public List<CampaignMember> findByLead(LeadId leadId) {
    return store.findBy(LEAD, leadId);
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

package io.crmkit.core.memory;

import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.port.CampaignRepository;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link CampaignRepository}: campaigns indexed by folded name. */
final class InMemoryCampaignRepository implements CampaignRepository {
  private static final NaturalKey<Campaign, String> NAME =
      NaturalKey.of("name", campaign -> CampaignRepository.nameKey(campaign.name()));

  private final InMemoryStore<CampaignId, Campaign> store;

  InMemoryCampaignRepository(InMemoryCrm crm) {
    this.store = crm.newStore(Campaign::withVersion, List.of(NAME));
  }

  @Override
  public Optional<Campaign> findById(CampaignId id) {
    return store.findById(id);
  }

  @Override
  public List<Campaign> findByName(String name) {
    return store.findBy(NAME, CampaignRepository.nameKey(name));
  }

  @Override
  public Campaign save(Campaign campaign) {
    return store.save(campaign);
  }

  @Override
  public List<Campaign> saveAll(List<Campaign> campaigns) {
    return store.saveAll(campaigns);
  }
}

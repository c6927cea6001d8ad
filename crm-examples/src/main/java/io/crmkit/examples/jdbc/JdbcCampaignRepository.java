package io.crmkit.examples.jdbc;

import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.port.CampaignRepository;
import java.util.List;
import java.util.Optional;

/** The JDBC {@link CampaignRepository}: table {@code crm_campaign}, looked up by folded name. */
final class JdbcCampaignRepository implements CampaignRepository {
  private static final Key.Column<Campaign> NAME =
      Key.column("name_key", campaign -> CampaignRepository.nameKey(campaign.name()));

  private final JdbcStore<CampaignId, Campaign> store;

  JdbcCampaignRepository(JdbcCrm crm) {
    this.store = crm.newStore("crm_campaign", Campaign.class, Campaign::withVersion, List.of(NAME));
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

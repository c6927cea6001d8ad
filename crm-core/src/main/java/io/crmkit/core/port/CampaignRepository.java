package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.internal.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stores campaigns. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Saves are optimistic, as for every repository: a save is accepted only from a copy read at the
 * stored version. Inside a {@link UnitOfWork} the saves follow its contract. Where several
 * records match, lists are ordered by creation time, then by id.
 */
public interface CampaignRepository {
  /** The campaign with this id, if stored. */
  Optional<Campaign> findById(CampaignId id);

  /**
   * The campaigns with this name, ignoring case and runs of white space ({@link #nameKey}).
   *
   * @throws CrmValidationException when the name is blank
   */
  List<Campaign> findByName(String name);

  /**
   * Stores the campaign and returns the stored copy, whose version is one more than the given one.
   * A new campaign must have version 0; an existing one the version it was read at.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the record is new
   *     and the version is not 0, or it is 0 and the record exists); nothing is written
   */
  Campaign save(Campaign campaign);

  /**
   * Stores the campaigns in the order given, all of them or none, and returns the stored copies in
   * that order, each at one more than its given version. A campaign may appear more than once: each
   * copy then needs the version the one before it stores.
   *
   * <p>The default checks every version against {@link #findById} first, then saves one campaign
   * after another; a repository whose store writes a batch at once overrides it, as the in-memory
   * and JDBC repositories do. Should another thread store one of the campaigns between the check and
   * the saves, the saves before it stay stored unless the batch runs in a {@link UnitOfWork} that
   * the exception ends.
   *
   * @throws ConcurrentUpdateException for the first campaign whose version is not the stored one, as
   *     {@link #save} would; nothing of the batch is written
   */
  default List<Campaign> saveAll(List<Campaign> campaigns) {
    return SaveInTurn.saveAll(campaigns, this::findById, this::save);
  }

  /**
   * The key campaign names are compared by: white space folded, lower-cased. An adapter stores it next
   * to the name to look names up.
   *
   * @throws CrmValidationException when the name is blank
   */
  static String nameKey(String name) {
    return Texts.fold(CrmValidationException.requiredText("campaign.name", name)).toLowerCase(Locale.ROOT);
  }
}

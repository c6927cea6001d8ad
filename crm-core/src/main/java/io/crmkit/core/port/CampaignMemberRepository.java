package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.CampaignMemberId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.LeadId;
import java.util.List;
import java.util.Optional;

/**
 * Stores campaign members. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Saves are optimistic, as for every repository: a save is accepted only from a copy read at the
 * stored version. Inside a {@link UnitOfWork} the saves follow its contract. Where several
 * records match, lists are ordered by creation time, then by id.
 */
public interface CampaignMemberRepository {
  /** The campaign member with this id, if stored. */
  Optional<CampaignMember> findById(CampaignMemberId id);

  /** The members of this campaign. */
  List<CampaignMember> findByCampaign(CampaignId campaignId);

  /** The campaign memberships of this contact. */
  List<CampaignMember> findByContact(ContactId contactId);

  /** The campaign memberships of this lead. */
  List<CampaignMember> findByLead(LeadId leadId);

  /**
   * Stores the campaign member and returns the stored copy, whose version is one more than the given one.
   * A new campaign member must have version 0; an existing one the version it was read at.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the record is new
   *     and the version is not 0, or it is 0 and the record exists); nothing is written
   */
  CampaignMember save(CampaignMember member);

  /**
   * Stores the campaign members in the order given, all of them or none, and returns the stored copies in
   * that order, each at one more than its given version. A campaign member may appear more than once: each
   * copy then needs the version the one before it stores.
   *
   * <p>The default checks every version against {@link #findById} first, then saves one campaign member
   * after another; a repository whose store writes a batch at once overrides it, as the in-memory
   * and JDBC repositories do. Should another thread store one of the campaign members between the check and
   * the saves, the saves before it stay stored unless the batch runs in a {@link UnitOfWork} that
   * the exception ends.
   *
   * @throws ConcurrentUpdateException for the first campaign member whose version is not the stored one, as
   *     {@link #save} would; nothing of the batch is written
   */
  default List<CampaignMember> saveAll(List<CampaignMember> members) {
    return SaveInTurn.saveAll(members, this::findById, this::save);
  }
}

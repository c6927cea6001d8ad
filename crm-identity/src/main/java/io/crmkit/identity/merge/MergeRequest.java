package io.crmkit.identity.merge;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.UserId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A request to merge a cluster of duplicate contacts into one of them.
 *
 * @param survivorId the contact that remains and holds the golden record; one of {@code contactIds}
 * @param contactIds the cluster: the survivor and the contacts to merge into it, each once (repeats
 *     are dropped), at least two
 * @param mergedBy the user merging
 * @param sources where each contact came from, for {@link SurvivorshipRule.SourcePriority}; only
 *     contacts of the cluster; those left out have no known source
 * @param expectedVersions the version of each contact the user saw when deciding to merge; only
 *     contacts of the cluster; a contact stored at another version makes the merge a refusal
 */
public record MergeRequest(ContactId survivorId, List<ContactId> contactIds, UserId mergedBy,
    Map<ContactId, String> sources, Map<ContactId, Long> expectedVersions) {

  /**
   * Checks the request and keeps immutable copies.
   *
   * @throws CrmValidationException ({@code mergeRequest.contactIds}, {@code empty} or
   *     {@code nothingToMerge}) for a cluster without a contact besides the survivor;
   *     ({@code mergeRequest.survivorId}, {@code notInCluster}) when the survivor is not in the
   *     cluster; ({@code mergeRequest.sources} or {@code mergeRequest.expectedVersions},
   *     {@code notInCluster}) for an entry about another contact
   */
  public MergeRequest {
    CrmValidationException.required("mergeRequest.survivorId", survivorId);
    CrmValidationException.required("mergeRequest.contactIds", contactIds);
    CrmValidationException.required("mergeRequest.mergedBy", mergedBy);
    CrmValidationException.required("mergeRequest.sources", sources);
    CrmValidationException.required("mergeRequest.expectedVersions", expectedVersions);
    LinkedHashSet<ContactId> cluster = new LinkedHashSet<>();
    for (ContactId id : contactIds) {
      cluster.add(CrmValidationException.required("mergeRequest.contactIds", id));
    }
    if (cluster.isEmpty()) {
      throw CrmValidationException.of("mergeRequest.contactIds", "empty", contactIds, "a cluster has contacts to merge");
    }
    if (!cluster.contains(survivorId)) {
      throw CrmValidationException.of("mergeRequest.survivorId", "notInCluster", survivorId,
          "the survivor is one of the cluster's contacts " + cluster);
    }
    if (cluster.size() < 2) {
      throw CrmValidationException.of("mergeRequest.contactIds", "nothingToMerge", contactIds,
          "a cluster of only the survivor has nothing to merge");
    }
    contactIds = List.copyOf(cluster);
    Map<ContactId, String> cleanSources = new LinkedHashMap<>();
    sources.forEach((id, source) -> {
      inCluster("mergeRequest.sources", id, cluster);
      cleanSources.put(id, CrmValidationException.requiredText("mergeRequest.sources." + id, source));
    });
    sources = Map.copyOf(cleanSources);
    expectedVersions.forEach((id, version) -> {
      inCluster("mergeRequest.expectedVersions", id, cluster);
      if (version == null || version < 0) {
        throw CrmValidationException.of("mergeRequest.expectedVersions." + id, "range", version, "a version is 0 or more");
      }
    });
    expectedVersions = Map.copyOf(expectedVersions);
  }

  /** A request without sources or expected versions. */
  public static MergeRequest of(ContactId survivorId, List<ContactId> contactIds, UserId mergedBy) {
    return new MergeRequest(survivorId, contactIds, mergedBy, Map.of(), Map.of());
  }

  /** This request with the sources of the contacts. */
  public MergeRequest withSources(Map<ContactId, String> sources) {
    return new MergeRequest(survivorId, contactIds, mergedBy, sources, expectedVersions);
  }

  /** This request expecting each contact at the version of the copy given (the copies the user saw). */
  public MergeRequest expecting(Collection<Contact> seen) {
    CrmValidationException.required("seen", seen);
    Map<ContactId, Long> versions = new LinkedHashMap<>();
    seen.forEach(c -> versions.put(c.id(), c.version()));
    return new MergeRequest(survivorId, contactIds, mergedBy, sources, versions);
  }

  /** The contacts merged into the survivor: the cluster without the survivor, in the order given. */
  public List<ContactId> mergedIds() {
    return contactIds.stream().filter(id -> !id.equals(survivorId)).toList();
  }

  private static void inCluster(String field, ContactId id, Collection<ContactId> cluster) {
    if (id == null || !cluster.contains(id)) {
      throw CrmValidationException.of(field, "notInCluster", id, "only contacts of the cluster " + cluster);
    }
  }
}

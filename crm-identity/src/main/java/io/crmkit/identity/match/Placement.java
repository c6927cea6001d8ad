package io.crmkit.identity.match;

/**
 * Where {@link MatchIndex#add} put a new record.
 *
 * @param recordId the record's id
 * @param clusterId the cluster it is now in: an existing cluster's id (unchanged by the join), or
 *     its own id when it starts a cluster
 * @param joined whether it joined an existing cluster
 * @param match how it matched the records indexed before it
 */
public record Placement(String recordId, String clusterId, boolean joined, IncomingMatch match) {}

package io.crmkit.identity.quality;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.id.ContactId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes data-quality reports: per field, the completion rate against the bar and the invalid and
 * suspicious values the {@link QualityRules} find; and the number of duplicates, given the clusters
 * a matching run found.
 *
 * <pre>{@code
 * DataQuality quality = new DataQuality(QualityRules.defaults(), clock);
 * QualityReport report = quality.reportOnContacts(contacts, clusters);
 * report.fieldsBelowBar();        // fields filled in fewer than 80 % of contacts
 * report.issues(Severity.SUSPICIOUS);  // test@test.com, noreply@..., 1900-01-01
 * report.duplicates().duplicates();    // contacts that merging would remove
 * }</pre>
 *
 * <p>"Today", for birth dates, is the clock's date in the clock's zone.
 */
public final class DataQuality {
  private final QualityRules rules;
  private final Clock clock;

  /**
   * Makes the service.
   *
   * @param rules the checks and the completion bar
   * @param clock gives today's date
   */
  public DataQuality(QualityRules rules, Clock clock) {
    this.rules = CrmValidationException.required("rules", rules);
    this.clock = CrmValidationException.required("clock", clock);
  }

  /**
   * The report over records.
   *
   * @param records the records, ids unique
   * @param duplicateClusters clusters of ids of records found to be duplicates of each other;
   *     clusters of one record count for nothing
   * @throws CrmValidationException ({@code quality.records}, {@code duplicate}) when two records
   *     share an id; ({@code quality.duplicates}, {@code unknown} or {@code overlap}) when a cluster
   *     names a record not given, or a record is in two clusters
   */
  public QualityReport report(Collection<DataRecord> records, List<? extends Collection<String>> duplicateClusters) {
    CrmValidationException.required("quality.records", records);
    CrmValidationException.required("quality.duplicates", duplicateClusters);
    LocalDate today = LocalDate.now(clock);
    Set<String> ids = new HashSet<>();
    TreeSet<String> fields = new TreeSet<>(rules.checks().keySet());
    for (DataRecord r : records) {
      CrmValidationException.required("quality.records", r);
      if (!ids.add(r.id())) {
        throw CrmValidationException.of("quality.records", "duplicate", r.id(), "each record id appears once");
      }
      fields.addAll(r.values().keySet());
    }
    Map<String, int[]> counts = new HashMap<>();
    fields.forEach(f -> counts.put(f, new int[3]));
    List<ValueIssue> issues = new ArrayList<>();
    for (DataRecord r : records) {
      for (String field : fields) {
        int[] c = counts.get(field);
        if (r.isFilled(field)) {
          c[0]++;
        }
        for (String value : r.values(field)) {
          for (ValueCheck check : rules.checksOf(field)) {
            Optional<Finding> finding = check.check(value, r, today);
            if (finding.isPresent()) {
              Finding f = finding.get();
              issues.add(new ValueIssue(r.id(), field, value, f.severity(), f.rule(), f.detail()));
              c[f.severity() == Severity.INVALID ? 1 : 2]++;
              break;
            }
          }
        }
      }
    }
    int n = records.size();
    List<FieldQuality> quality = new ArrayList<>();
    for (String field : fields) {
      int[] c = counts.get(field);
      double rate = n == 0 ? 0 : (double) c[0] / n;
      quality.add(new FieldQuality(field, n, c[0], rate, n > 0 && rate >= rules.completionBar(), c[1], c[2]));
    }
    return new QualityReport(n, rules.completionBar(), quality, issues, duplicates(ids, duplicateClusters));
  }

  /**
   * The report over contacts, each read as {@link ContactRecords#of(Contact)}.
   *
   * @param contacts the contacts
   * @param duplicateClusters clusters of ids of contacts found to be duplicates of each other
   * @throws CrmValidationException as {@link #report} does
   */
  public QualityReport reportOnContacts(Collection<Contact> contacts,
      List<? extends Collection<ContactId>> duplicateClusters) {
    CrmValidationException.required("quality.contacts", contacts);
    CrmValidationException.required("quality.duplicates", duplicateClusters);
    List<DataRecord> records = contacts.stream().map(ContactRecords::of).toList();
    List<List<String>> clusters = duplicateClusters.stream()
        .map(c -> c.stream().map(ContactId::value).toList()).toList();
    return report(records, clusters);
  }

  private static DuplicateSummary duplicates(Set<String> ids, List<? extends Collection<String>> clusters) {
    Set<String> seen = new HashSet<>();
    int count = 0;
    int inClusters = 0;
    for (Collection<String> cluster : clusters) {
      CrmValidationException.required("quality.duplicates", cluster);
      Set<String> members = new LinkedHashSet<>();
      for (String id : cluster) {
        String clean = CrmValidationException.requiredText("quality.duplicates", id).strip();
        if (!ids.contains(clean)) {
          throw CrmValidationException.of("quality.duplicates", "unknown", clean, "a cluster names records of the report");
        }
        members.add(clean);
      }
      for (String id : members) {
        if (!seen.add(id)) {
          throw CrmValidationException.of("quality.duplicates", "overlap", id, "a record belongs to one cluster at most");
        }
      }
      if (members.size() > 1) {
        count++;
        inClusters += members.size();
      }
    }
    int duplicates = inClusters - count;
    return new DuplicateSummary(count, inClusters, duplicates, ids.isEmpty() ? 0 : (double) duplicates / ids.size());
  }
}

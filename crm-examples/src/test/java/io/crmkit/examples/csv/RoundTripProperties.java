package io.crmkit.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Aggregate;
import io.crmkit.core.account.Account;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.fixtures.PeopleFixtures;
import io.crmkit.core.fixtures.SalesFixtures;
import io.crmkit.core.fixtures.TestAccounts;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.order.Order;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Export then import into an empty store gives equal records, for every record type and both
 * formats: the canonical columns lose nothing.
 */
class RoundTripProperties {

  @Property(tries = 200)
  void contacts_survive_export_and_import(@ForAll("contacts") List<Contact> contacts, @ForAll ExportFormat format) {
    assertRoundTrip(format, RecordType.CONTACTS, contacts, (bench, c) -> bench.crm.contacts().findById(c.id()));
  }

  @Property(tries = 200)
  void accounts_survive_export_and_import(@ForAll("accounts") List<Account> accounts, @ForAll ExportFormat format) {
    assertRoundTrip(format, RecordType.ACCOUNTS, accounts, (bench, a) -> bench.crm.accounts().findById(a.id()));
  }

  @Property(tries = 200)
  void leads_survive_export_and_import(@ForAll("leads") List<Lead> leads, @ForAll ExportFormat format) {
    assertRoundTrip(format, RecordType.LEADS, leads, (bench, l) -> bench.crm.leads().findById(l.id()));
  }

  @Property(tries = 200)
  void opportunities_survive_export_and_import(@ForAll("opportunities") List<Opportunity> deals, @ForAll ExportFormat format) {
    assertRoundTrip(format, RecordType.OPPORTUNITIES, deals, (bench, o) -> bench.crm.opportunities().findById(o.id()));
  }

  @Property(tries = 200)
  void orders_survive_export_and_import(@ForAll("orders") List<Order> orders, @ForAll ExportFormat format) {
    assertRoundTrip(format, RecordType.ORDERS, orders, (bench, o) -> bench.crm.orders().findById(o.id()));
  }

  @Property(tries = 200)
  void activities_survive_export_and_import(@ForAll("activities") List<Activity> activities, @ForAll ExportFormat format) {
    assertRoundTrip(format, RecordType.ACTIVITIES, activities, (bench, a) -> bench.crm.activities().findById(a.id()));
  }

  private static <A extends Aggregate<?>> void assertRoundTrip(ExportFormat format, RecordType<A> type,
      List<A> records, BiFunction<ImportBench, A, Optional<A>> find) {
    ImportBench bench = new ImportBench();
    byte[] exported = ImportBench.export(type, records, format);

    ImportReport report = bench.importer.importFrom(type, format, new ByteArrayInputStream(exported),
        ImportOptions.defaults());

    assertThat(report.rejections()).isEmpty();
    assertThat(report.fileProblems()).isEmpty();
    assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(report.created()).isEqualTo(records.size());
    for (A record : records) {
      Optional<A> stored = find.apply(bench, record);
      assertThat(stored).isPresent();
      assertThat(type.cellsOf(stored.get())).isEqualTo(type.cellsOf(record));
      assertThat(withVersion(type, stored.get(), record.version())).isEqualTo(record);
    }
  }

  private static <A extends Aggregate<?>> A withVersion(RecordType<A> type, A record, long version) {
    return type.format().withVersion(record, version);
  }

  // ------------------------------------------------------------------ records with distinct keys

  @Provide
  Arbitrary<List<Contact>> contacts() {
    return PeopleFixtures.contacts().list().ofMaxSize(5)
        .uniqueElements(c -> c.id())
        .filter(list -> distinct(list.stream().flatMap(c -> c.emails().stream()).toList()));
  }

  @Provide
  Arbitrary<List<Account>> accounts() {
    return TestAccounts.accounts().list().ofMaxSize(5).uniqueElements(a -> a.id())
        .filter(list -> distinct(list.stream().flatMap(a -> a.domain().stream()).toList())
            && distinct(list.stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).toList()));
  }

  @Provide
  Arbitrary<List<Lead>> leads() {
    return PeopleFixtures.leads().list().ofMaxSize(5).uniqueElements(l -> l.id())
        .filter(list -> distinct(list.stream().flatMap(l -> l.email().stream()).toList()));
  }

  @Provide
  Arbitrary<List<Opportunity>> opportunities() {
    return SalesFixtures.opportunities().list().ofMaxSize(5).uniqueElements(o -> o.id());
  }

  @Provide
  Arbitrary<List<Order>> orders() {
    return SalesFixtures.orders().list().ofMaxSize(5).uniqueElements(o -> o.id()).uniqueElements(o -> o.orderNumber());
  }

  @Provide
  Arbitrary<List<Activity>> activities() {
    return PeopleFixtures.activities().list().ofMaxSize(5).uniqueElements(a -> a.id());
  }

  private static boolean distinct(List<?> values) {
    return values.size() == values.stream().distinct().count();
  }
}

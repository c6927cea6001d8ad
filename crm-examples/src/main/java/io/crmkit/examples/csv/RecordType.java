package io.crmkit.examples.csv;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.account.Account;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.order.Order;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A record type that can be imported and exported, with its canonical columns; the package
 * documentation lists them and how each cell is written.
 *
 * @param <A> the aggregate type
 */
public final class RecordType<A extends Aggregate<?>> {
  /** Contacts, by {@code contacts}. */
  public static final RecordType<Contact> CONTACTS = new RecordType<>("contacts", Contact.class, new ContactFormat());
  /** Accounts, by {@code accounts}. */
  public static final RecordType<Account> ACCOUNTS = new RecordType<>("accounts", Account.class, new AccountFormat());
  /** Leads, by {@code leads}. */
  public static final RecordType<Lead> LEADS = new RecordType<>("leads", Lead.class, new LeadFormat());
  /** Opportunities, by {@code opportunities}. */
  public static final RecordType<Opportunity> OPPORTUNITIES =
      new RecordType<>("opportunities", Opportunity.class, new OpportunityFormat());
  /** Orders with their line items, by {@code orders}. */
  public static final RecordType<Order> ORDERS = new RecordType<>("orders", Order.class, new OrderFormat());
  /** Activities, by {@code activities}. */
  public static final RecordType<Activity> ACTIVITIES =
      new RecordType<>("activities", Activity.class, new ActivityFormat());

  private static final List<RecordType<?>> ALL = List.of(CONTACTS, ACCOUNTS, LEADS, OPPORTUNITIES, ORDERS, ACTIVITIES);

  private final String name;
  private final Class<A> recordClass;
  private final RecordFormat<A> format;

  private RecordType(String name, Class<A> recordClass, RecordFormat<A> format) {
    this.name = name;
    this.recordClass = recordClass;
    this.format = format;
  }

  /** Every record type, in the order above. */
  public static List<RecordType<?>> all() {
    return ALL;
  }

  /**
   * The record type of a name, case ignored: {@code contacts}.
   *
   * @throws CrmValidationException naming {@code type} with rule {@code oneOf} when there is none
   */
  public static RecordType<?> named(String name) {
    CrmValidationException.required("type", name);
    String key = name.strip().toLowerCase(Locale.ROOT);
    for (RecordType<?> type : ALL) {
      if (type.name.equals(key)) {
        return type;
      }
    }
    throw CrmValidationException.of("type", "oneOf", name,
        "one of " + ALL.stream().map(RecordType::name).collect(Collectors.joining(", ")));
  }

  /** The name the command line uses: {@code contacts}. */
  public String name() {
    return name;
  }

  /** The aggregate class. */
  public Class<A> recordClass() {
    return recordClass;
  }

  /** The record type as custom field schemas name it: {@code Contact}. */
  public String schemaRecordType() {
    return format.recordType();
  }

  /** The canonical columns in the order an export writes them, before the {@code cf.} columns. */
  public List<String> columns() {
    return format.columns();
  }

  /** The columns an import reads but an export leaves blank (shortcuts to what other columns hold). */
  public Set<String> importOnlyColumns() {
    return format.importOnlyColumns();
  }

  /** The columns a file must have: each set names alternatives, at least one of which is needed. */
  public List<Set<String>> requiredColumns() {
    return format.requiredColumns();
  }

  RecordFormat<A> format() {
    return format;
  }

  /** The record's canonical cells as an export writes them: column to text, blank when absent. */
  public Map<String, String> cellsOf(A record) {
    CrmValidationException.required("record", record);
    return format.cellsOf(record);
  }

  @Override
  public String toString() {
    return name;
  }
}

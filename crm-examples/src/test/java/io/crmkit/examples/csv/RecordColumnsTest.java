package io.crmkit.examples.csv;

import static io.crmkit.core.fixtures.ValidationAssert.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.crmkit.core.account.Account;
import io.crmkit.core.account.AccountKind;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.contact.AccountLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldSchema;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.fixtures.TestAccounts;
import io.crmkit.core.id.AccountId;
import io.crmkit.core.id.ActivityId;
import io.crmkit.core.id.ContactId;
import io.crmkit.core.id.OpportunityId;
import io.crmkit.core.id.OrderId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageOutcome;
import io.crmkit.core.order.Order;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each record type's columns mean when imported, and the defaults of the columns left out. */
class RecordColumnsTest {
  private final ImportBench bench = new ImportBench();

  private static final String DEAL = "id,name,account_id,stage,amount,currency,expected_close_date,owner_id";

  private Contact contact(String email) {
    return bench.crm.contacts().findByEmail(EmailAddress.of(email)).orElseThrow();
  }

  // ---------------------------------------------------------------------------------- contacts

  @Test
  void a_contact_is_linked_to_the_account_with_its_domain_as_an_employee() {
    bench.crm.accounts().save(TestAccounts.anAccount("acc-acme").domain("acme.com").build());

    bench.importCsv(RecordType.CONTACTS, "email,account_domain", "ada@acme.com,https://acme.com");

    assertThat(contact("ada@acme.com").accountLinks())
        .containsExactly(AccountLink.primary(AccountId.of("acc-acme"), ContactRole.of("Employee")));
  }

  @Test
  void at_a_household_the_contact_is_a_household_member_unless_a_role_is_given() {
    bench.crm.accounts().save(TestAccounts.anAccount("acc-home").kind(AccountKind.HOUSEHOLD).name("The Smiths")
        .build());

    bench.importCsv(RecordType.CONTACTS, "email,account_id,account_role",
        "jo@smith.name,acc-home,", "al@smith.name,acc-home,Billing");

    assertThat(contact("jo@smith.name").primaryAccountLink().orElseThrow().role())
        .isEqualTo(ContactRole.HOUSEHOLD_MEMBER);
    assertThat(contact("al@smith.name").primaryAccountLink().orElseThrow().role()).isEqualTo(ContactRole.BILLING);
  }

  @Test
  void an_account_that_many_rows_name_is_looked_up_once_per_import() {
    bench.crm.accounts().save(TestAccounts.anAccount("acc-acme").domain("acme.com").build());

    ImportReport report = bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().asPartial(),
        "email,account_domain", "ada@acme.com,acme.com", "grace@acme.com,https://www.acme.com",
        "jo@other.org,other.org", "linus@acme.com,acme.com", "al@other.org,other.org");

    assertThat(bench.calls("AccountRepository.findByDomain")).isEqualTo(2);
    assertThat(contact("linus@acme.com").accountLinks()).extracting(AccountLink::accountId)
        .containsExactly(AccountId.of("acc-acme"));
    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::rule)
        .containsExactly(tuple(4, "unknown"), tuple(6, "unknown"));
  }

  @Test
  void an_account_domain_no_account_has_rejects_the_row() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, "email,account_domain", "ada@acme.com,acme.com");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("account_domain", "unknown"));
  }

  @Test
  void an_account_id_and_links_with_another_primary_account_conflict() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, "email,account_links,account_id",
        "ada@acme.com,\"[{\"\"accountId\"\":\"\"acc-1\"\",\"\"role\"\":\"\"User\"\",\"\"primary\"\":true}]\",acc-2");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("account_id", "conflict"));
  }

  @Test
  void other_emails_and_phones_follow_the_primary_ones_in_their_order() {
    bench.importCsv(RecordType.CONTACTS, "email,other_emails,phone,other_phones",
        "ada@acme.com,ada@home.org; a.l@acme.com,+44 20 7946 0958,+49 30 1234567");

    Contact ada = contact("ada@acme.com");
    assertThat(ada.emails()).extracting(EmailAddress::value)
        .containsExactly("ada@acme.com", "ada@home.org", "a.l@acme.com");
    assertThat(ada.phones()).extracting(p -> p.value()).containsExactly("+442079460958", "+49301234567");
  }

  @Test
  void an_item_of_a_list_cell_that_the_model_refuses_names_the_column() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, "email,other_phones", "ada@acme.com,+44 20 7946 0958; 12");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("other_phones", "e164"));
  }

  @Test
  void without_a_schema_custom_field_columns_are_read_as_text() {
    bench.importCsv(RecordType.CONTACTS, "email,cf.tier,cf.seats", "ada@acme.com,Gold,250");

    assertThat(contact("ada@acme.com").customFields().asMap()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        "tier", new CustomFieldValue.Text("Gold"), "seats", new CustomFieldValue.Text("250")));
  }

  @Test
  void with_a_schema_custom_fields_are_read_by_their_types_and_checked() {
    CustomFieldSchema schema = CustomFieldSchema.of("Contact",
        CustomFieldDefinition.picklist("tier", "Tier", "Gold", "Silver"),
        CustomFieldDefinition.number("seats", "Seats"));
    ImportOptions options = ImportOptions.defaults().withCustomFields(schema).asPartial();

    ImportReport report = bench.importCsv(RecordType.CONTACTS, options, "email,cf.tier,cf.seats",
        "ada@acme.com,gold,250", "grace@acme.com,Platinum,", "linus@acme.com,,many");

    assertThat(contact("ada@acme.com").customFields().asMap()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        "tier", new CustomFieldValue.Choice("Gold"), "seats", new CustomFieldValue.Number(new BigDecimal("250"))));
    assertThat(report.rejections()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple(3, "cf.tier", "picklist"), tuple(4, "cf.seats", "type"));
  }

  @Test
  void with_a_schema_a_required_custom_field_left_blank_rejects_the_row() {
    CustomFieldSchema schema = CustomFieldSchema.of("Contact",
        CustomFieldDefinition.builder().name("region").label("Region").type(io.crmkit.core.customfield.CustomFieldType.TEXT)
            .required(true).build());

    ImportReport report = bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().withCustomFields(schema),
        "email,cf.region", "ada@acme.com,");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("cf.region", "required"));
  }

  @Test
  void with_a_schema_a_custom_field_column_it_does_not_define_refuses_the_file() {
    CustomFieldSchema schema = CustomFieldSchema.of("Contact", CustomFieldDefinition.text("tier", "Tier"));

    ImportReport report = bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().withCustomFields(schema),
        "email,cf.tier,cf.colour", "ada@acme.com,Gold,green");

    assertThat(report.fileProblems()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("cf.colour", "unknown"));
  }

  @Test
  void a_custom_field_column_whose_name_is_no_api_name_refuses_the_file() {
    ImportReport report = bench.importCsv(RecordType.CONTACTS, "email,cf.9lives", "ada@acme.com,yes");

    assertThat(report.fileProblems()).extracting(ImportProblem::rule).containsExactly("unknown");
    assertThat(report.fileProblems().get(0).reason()).contains("not a custom field name");
  }

  @Test
  void a_schema_of_another_record_type_is_a_mistake_of_the_caller() {
    CustomFieldSchema leads = CustomFieldSchema.of("Lead", CustomFieldDefinition.text("tier", "Tier"));

    assertRejected(() -> bench.importCsv(RecordType.CONTACTS, ImportOptions.defaults().withCustomFields(leads),
        "email", "ada@acme.com"), "options.customFields", "recordType");
  }

  // ---------------------------------------------------------------------------------- accounts

  @Test
  void an_account_is_an_organisation_unless_the_row_says_otherwise() {
    bench.importCsv(RecordType.ACCOUNTS, "id,name,kind", "acc-1,Acme,", "acc-2,The Smiths,household");

    assertThat(bench.crm.accounts().findById(AccountId.of("acc-1"))).map(Account::kind)
        .contains(AccountKind.ORGANISATION);
    assertThat(bench.crm.accounts().findById(AccountId.of("acc-2"))).map(Account::kind)
        .contains(AccountKind.HOUSEHOLD);
  }

  @Test
  void a_kind_that_is_none_of_the_kinds_names_them() {
    ImportReport report = bench.importCsv(RecordType.ACCOUNTS, "name,kind", "Acme,company");

    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("oneOf");
      assertThat(p.reason()).contains("ORGANISATION, HOUSEHOLD");
    });
  }

  @Test
  void a_size_that_is_no_whole_number_rejects_the_row() {
    ImportReport report = bench.importCsv(RecordType.ACCOUNTS, "name,size", "Acme,about 200");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("size", "integer"));
  }

  // ------------------------------------------------------------------------------------- leads

  @Test
  void a_lead_is_new_unless_the_row_says_otherwise() {
    bench.importCsv(RecordType.LEADS, "email,lead_source,status", "grace@acme.com,Web form,",
        "linus@acme.com,Referral,working");

    assertThat(bench.crm.leads().findByStatus(LeadStatus.NEW)).extracting(Lead::leadSource).containsExactly("Web form");
    assertThat(bench.crm.leads().findByStatus(LeadStatus.WORKING)).hasSize(1);
  }

  @Test
  void a_converted_lead_without_its_conversion_is_refused_by_the_model() {
    ImportReport report = bench.importCsv(RecordType.LEADS, "email,lead_source,status",
        "grace@acme.com,Web form,converted");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("lead.conversion", "required"));
  }

  // ----------------------------------------------------------------------------- opportunities

  @Test
  void a_stage_is_a_default_stage_by_name_in_any_case() {
    bench.importCsv(RecordType.OPPORTUNITIES, DEAL, "opp-1,Acme deal,acc-1,solution FIT,1000,eur,2026-03-31,user-1");

    Opportunity deal = bench.crm.opportunities().findById(OpportunityId.of("opp-1")).orElseThrow();
    assertThat(deal.stage()).isEqualTo(Stage.SOLUTION_FIT);
    assertThat(deal.amount()).isEqualTo(Money.of("1000", "EUR"));
    assertThat(deal.probability()).isEqualTo(Stage.SOLUTION_FIT.probability());
    assertThat(deal.forecastCategory()).isEqualTo(ForecastCategory.PIPELINE);
  }

  @Test
  void a_stage_of_the_host_s_own_is_written_and_read_as_json() {
    Stage negotiation = new Stage("Negotiation", StageOutcome.OPEN, 75, ForecastCategory.COMMIT);
    Opportunity deal = Opportunity.builder().id(OpportunityId.of("opp-9")).name("Globex renewal")
        .accountId(AccountId.of("acc-9")).stage(negotiation).amount(Money.of("50000", "USD"))
        .expectedCloseDate(java.time.LocalDate.of(2026, 6, 30)).ownerId(io.crmkit.core.id.UserId.of("user-9"))
        .createdAt(ImportBench.NOW).updatedAt(ImportBench.NOW).build();

    bench.importExported(RecordType.OPPORTUNITIES, List.of(deal), ImportOptions.defaults());

    assertThat(bench.crm.opportunities().findById(deal.id())).map(Opportunity::stage).contains(negotiation);
  }

  @Test
  void a_stage_that_is_no_default_names_the_defaults() {
    ImportReport report = bench.importCsv(RecordType.OPPORTUNITIES, DEAL,
        "opp-1,Acme deal,acc-1,Negotiation,1000,EUR,2026-03-31,user-1");

    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("stage");
      assertThat(p.rule()).isEqualTo("oneOf");
      assertThat(p.reason()).contains("Discovery, Solution fit, Proposal, Commit, Closed won, Closed lost");
    });
  }

  @Test
  void an_amount_without_its_currency_rejects_the_row() {
    ImportReport report = bench.importCsv(RecordType.OPPORTUNITIES, DEAL,
        "opp-1,Acme deal,acc-1,Discovery,1000,,2026-03-31,user-1");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("currency", "required"));
  }

  @Test
  void a_closed_deal_without_a_close_date_is_refused_by_the_model() {
    ImportReport report = bench.importCsv(RecordType.OPPORTUNITIES, DEAL,
        "opp-1,Acme deal,acc-1,Closed won,1000,EUR,2026-03-31,user-1");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("opportunity.closedOn", "required"));
  }

  @Test
  void an_amount_with_a_huge_exponent_is_refused_not_computed() {
    ImportReport report = bench.importCsv(RecordType.OPPORTUNITIES, DEAL,
        "opp-1,Acme deal,acc-1,Discovery,1E+999999999,EUR,2026-03-31,user-1");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("amount", "range"));
  }

  // ------------------------------------------------------------------------------------ orders

  @Test
  void an_order_holds_its_lines_as_json_in_one_row() {
    bench.importCsv(RecordType.ORDERS, "id,order_number,account_id,status,ordered_at,currency,line_items,tax_rate",
        "order-1,so-42,acc-1,placed,2026-01-05T09:00:00Z,EUR,\"[{\"\"productId\"\":\"\"prod-1\"\",\"\"quantity\"\":\"\"2\"\","
            + "\"\"unitPrice\"\":{\"\"amount\"\":\"\"10.00\"\",\"\"currency\"\":\"\"EUR\"\"}}]\",19");

    Order order = bench.crm.orders().findById(OrderId.of("order-1")).orElseThrow();
    assertThat(order.orderNumber()).isEqualTo("SO-42");
    assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
    assertThat(order.grandTotal()).isEqualTo(Money.of("23.80", "EUR"));
  }

  @Test
  void a_placed_order_without_lines_is_refused_by_the_model() {
    ImportReport report = bench.importCsv(RecordType.ORDERS, "order_number,account_id,status,ordered_at,currency",
        "SO-1,acc-1,placed,2026-01-05T09:00:00Z,EUR");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("order.lineItems", "required"));
  }

  @Test
  void an_unknown_currency_rejects_the_row() {
    ImportReport report = bench.importCsv(RecordType.ORDERS, "order_number,account_id,ordered_at,currency",
        "SO-1,acc-1,2026-01-05T09:00:00Z,EUROS");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("currency", "iso4217"));
  }

  // -------------------------------------------------------------------------------- activities

  @Test
  void an_activity_relates_to_the_records_its_id_columns_name() {
    bench.importCsv(RecordType.ACTIVITIES, "id,type,subject,done_at,duration,direction,contact_ids,account_id",
        "act-1,call,Intro call,2026-01-05T09:00:00Z,PT30M,outbound,con-1; con-2,acc-1");

    Activity call = bench.crm.activities().findById(ActivityId.of("act-1")).orElseThrow();
    assertThat(call.type()).isEqualTo(ActivityType.CALL);
    assertThat(call.duration()).contains(Duration.ofMinutes(30));
    assertThat(call.contactIds()).containsExactly(ContactId.of("con-1"), ContactId.of("con-2"));
    assertThat(bench.crm.activities().findByAccount(AccountId.of("acc-1"))).containsExactly(call);
  }

  @Test
  void an_activity_related_to_nothing_is_refused_by_the_model() {
    ImportReport report = bench.importCsv(RecordType.ACTIVITIES, "type,subject,account_id", "note,Lunch,");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("activity.related", "required"));
  }

  @Test
  void an_activity_file_needs_a_column_relating_it() {
    ImportReport report = bench.importCsv(RecordType.ACTIVITIES, "type,subject", "note,Lunch");

    assertThat(report.fileProblems()).extracting(ImportProblem::rule).containsExactly("required");
    assertThat(report.fileProblems().get(0).reason()).contains("contact_ids, account_id, lead_id");
  }

  @Test
  void a_duration_in_another_format_rejects_the_row() {
    ImportReport report = bench.importCsv(RecordType.ACTIVITIES, "type,subject,account_id,duration",
        "call,Intro,acc-1,30 min");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("duration", "duration"));
  }

  @Test
  void a_list_cell_ending_in_a_lone_escape_rejects_the_row() {
    ImportReport report = bench.importCsv(RecordType.ACTIVITIES, "type,subject,contact_ids", "call,Intro,con-1\\");

    assertThat(report.rejections()).extracting(ImportProblem::field, ImportProblem::rule)
        .containsExactly(tuple("contact_ids", "list"));
  }

  @Test
  void an_id_holding_the_list_separator_survives_a_list_cell() {
    Activity call = Activity.builder().id(ActivityId.of("act-1")).type(ActivityType.CALL).subject("Intro")
        .addContactIds(ContactId.of("con;1"), ContactId.of("con\\2")).createdAt(ImportBench.NOW)
        .updatedAt(ImportBench.NOW).build();

    bench.importExported(RecordType.ACTIVITIES, List.of(call), ImportOptions.defaults());

    assertThat(bench.crm.activities().findById(call.id())).contains(call.withVersion(1));
  }
}

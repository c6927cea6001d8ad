package io.crmkit.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.conversion.ConversionReport;
import io.crmkit.core.conversion.ConversionRequest;
import io.crmkit.core.conversion.ConversionResult;
import io.crmkit.core.conversion.LeadConversion;
import io.crmkit.core.conversion.NewOpportunity;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.memory.RandomIdGenerator;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The example in README.md, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void the_readme_example_converts_a_lead_into_an_account_a_contact_and_a_deal() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    // --- README example starts here ---
    InMemoryCrm crm = InMemoryCrm.create();   // or your own adapters behind the ports
    Instant now = clock.instant();
    Lead lead = crm.leads().save(Lead.builder().id(LeadId.of("lead-1")).firstName("Ada").lastName("Lovelace")
        .email(EmailAddress.of(" Ada@Analytical.IO ")).companyName("Analytical Engines")
        .companyDomain("https://www.analytical.io").leadSource("Web form").createdAt(now).updatedAt(now).build());
    LeadConversion conversion = new LeadConversion(crm.leads(), crm.accounts(), crm.contacts(), crm.opportunities(),
        crm.campaignMembers(), crm.unitOfWork(), crm.publisher(), new RandomIdGenerator(), clock);
    ConversionResult result = conversion.convert(ConversionRequest.of(lead.id(), UserId.of("sales-1"))
        .withOpportunity(NewOpportunity.of("Analytical Engines - 50 seats", Money.of("12000", "EUR"),
            LocalDate.now(clock).plusMonths(2))));
    // --- README example ends here ---

    ConversionReport report = result.report().orElseThrow();
    assertThat(crm.accounts().findByDomain("analytical.io")).map(a -> a.id()).contains(report.accountId());
    assertThat(crm.contacts().findByEmail(EmailAddress.of("ada@analytical.io"))).map(c -> c.id())
        .contains(report.contactId());
    assertThat(report.opportunityId()).isPresent();
    assertThat(crm.leads().findById(lead.id()).orElseThrow().isConverted()).isTrue();
    assertThat(crm.publisher().published()).isNotEmpty();
  }
}

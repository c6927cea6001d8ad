package io.crmkit.core.lead;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.account.Account;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.LeadId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.internal.Texts;
import io.crmkit.core.value.Attribution;
import io.crmkit.core.value.EmailAddress;
import io.crmkit.core.value.PhoneNumber;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A prospect not yet qualified: a person and, for B2B, their company, kept apart from contacts and
 * accounts until it is converted into them.
 *
 * <p>A lead has a first or last name or an e-mail address (what a contact needs). Its status is
 * {@link LeadStatus#CONVERTED} exactly when it carries a {@link LeadConversionOutcome}.
 */
@Value.Immutable
public abstract class Lead implements Aggregate<LeadId>, WithLead {

  @Override
  public abstract LeadId id();

  /** The person's given name. */
  public abstract Optional<String> firstName();

  /** The person's family name. */
  public abstract Optional<String> lastName();

  /** The person's e-mail address. */
  public abstract Optional<EmailAddress> email();

  /** The person's phone number. */
  public abstract Optional<PhoneNumber> phone();

  /** The person's job title. */
  public abstract Optional<String> jobTitle();

  /** The company's name. */
  public abstract Optional<String> companyName();

  /** The company's web domain, normalised like {@link Account#normaliseDomain(String)}: {@code acme.com}. */
  public abstract Optional<String> companyDomain();

  /** The company's industry, as the host classifies it. */
  public abstract Optional<String> industry();

  /** The company's number of employees; 0 or more. */
  public abstract OptionalInt companySize();

  /** Where the lead came from, white space folded: {@code Web form}, {@code Trade show}, {@code Referral}. */
  public abstract String leadSource();

  /** The marketing touches that brought the lead; none unless set. */
  @Value.Default
  public Attribution attribution() {
    return Attribution.none();
  }

  /** Where the lead stands; {@link LeadStatus#NEW} unless set. */
  @Value.Default
  public LeadStatus status() {
    return LeadStatus.NEW;
  }

  /** The lead score from 0 to 100, once scored. */
  public abstract OptionalInt score();

  /** The campaigns that influenced the lead, without duplicates, first influence first. */
  public abstract List<CampaignId> campaignIds();

  /** The user who works the lead. */
  public abstract Optional<UserId> ownerId();

  /** What the lead became; present exactly when the status is {@link LeadStatus#CONVERTED}. */
  public abstract Optional<LeadConversionOutcome> conversion();

  @Override
  public abstract Instant createdAt();

  @Override
  public abstract Instant updatedAt();

  @Override
  @Value.Default
  public long version() {
    return 0;
  }

  @Override
  @Value.Default
  public CustomFields customFields() {
    return CustomFields.empty();
  }

  @Override
  public String recordType() {
    return "Lead";
  }

  /** Whether the lead was converted. */
  public boolean isConverted() {
    return conversion().isPresent();
  }

  /** A builder; id, leadSource, createdAt, updatedAt and a name or an e-mail address are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Lead}. */
  public static class Builder extends ImmutableLead.Builder {}

  @Value.Check
  Lead normalised() {
    Optional<String> first = clean(firstName());
    Optional<String> last = clean(lastName());
    Optional<String> title = clean(jobTitle());
    Optional<String> company = clean(companyName());
    Optional<String> cleanIndustry = clean(industry());
    String source = Texts.fold(leadSource());
    if (first.isEmpty() && last.isEmpty() && email().isEmpty()) {
      throw CrmValidationException.of("lead.name", "required", "",
          "a lead needs a first name, a last name or an e-mail address");
    }
    if (source.isEmpty()) {
      throw CrmValidationException.of("lead.leadSource", "required", leadSource(), "say where the lead came from");
    }
    Aggregate.checkBasics("lead", this);
    if (companySize().isPresent() && companySize().getAsInt() < 0) {
      throw CrmValidationException.of("lead.companySize", "range", companySize().getAsInt(), "a size is 0 or more");
    }
    if (score().isPresent() && (score().getAsInt() < 0 || score().getAsInt() > 100)) {
      throw CrmValidationException.of("lead.score", "range", score().getAsInt(), "a score is from 0 to 100");
    }
    Set<CampaignId> seen = new HashSet<>();
    for (CampaignId c : campaignIds()) {
      if (!seen.add(c)) {
        throw CrmValidationException.of("lead.campaignIds", "duplicate", c, "each campaign appears once");
      }
    }
    checkConversion();
    Optional<String> domain = companyDomain().map(Lead::normaliseCompanyDomain);
    if (first.equals(firstName()) && last.equals(lastName()) && title.equals(jobTitle())
        && company.equals(companyName()) && cleanIndustry.equals(industry()) && source.equals(leadSource())
        && domain.equals(companyDomain())) {
      return this;
    }
    return withFirstName(first).withLastName(last).withJobTitle(title).withCompanyName(company)
        .withIndustry(cleanIndustry).withLeadSource(source).withCompanyDomain(domain);
  }

  private void checkConversion() {
    if (status() == LeadStatus.CONVERTED && conversion().isEmpty()) {
      throw CrmValidationException.of("lead.conversion", "required", status(),
          "a converted lead records what it was converted into");
    }
    if (conversion().isEmpty()) {
      return;
    }
    if (status() != LeadStatus.CONVERTED) {
      throw CrmValidationException.of("lead.status", "converted", status(),
          "a lead with a conversion outcome has status CONVERTED");
    }
    Instant convertedAt = conversion().get().convertedAt();
    if (convertedAt.isBefore(createdAt()) || convertedAt.isAfter(updatedAt())) {
      throw CrmValidationException.of("lead.conversion.convertedAt", "order", convertedAt,
          "a lead is converted after it was created and no later than its last update");
    }
  }

  private static String normaliseCompanyDomain(String raw) {
    try {
      return Account.normaliseDomain(raw);
    } catch (CrmValidationException e) {
      throw CrmValidationException.of("lead.companyDomain", e.rule(), raw, "not a web domain such as acme.com");
    }
  }

  private static Optional<String> clean(Optional<String> text) {
    return text.map(Texts::fold).filter(s -> !s.isEmpty());
  }
}

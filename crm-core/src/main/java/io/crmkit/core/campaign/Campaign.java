package io.crmkit.core.campaign;

import io.crmkit.core.Aggregate;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.id.CampaignId;
import io.crmkit.core.id.UserId;
import io.crmkit.core.internal.Texts;
import io.crmkit.core.value.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A marketing effort with a budget and a run time: an e-mail send, a webinar, a trade show. The
 * people it reached are its {@link CampaignMember}s.
 */
@Value.Immutable
public abstract class Campaign implements Aggregate<CampaignId>, WithCampaign {

  @Override
  public abstract CampaignId id();

  /** The name people know it by, white space folded. */
  public abstract String name();

  /** E-mail, webinar, event and so on. */
  public abstract CampaignType type();

  /** The channel it runs on, folded and lower-case: {@code email}, {@code paid social}, {@code trade show}. */
  public abstract String channel();

  /** What it cost; not negative. */
  public abstract Optional<Money> cost();

  /** The first day it runs. */
  public abstract LocalDate startDate();

  /** The last day it runs (inclusive); not before {@link #startDate()}; absent while open-ended. */
  public abstract Optional<LocalDate> endDate();

  /** Where it stands; {@link CampaignStatus#PLANNED} unless set. */
  @Value.Default
  public CampaignStatus status() {
    return CampaignStatus.PLANNED;
  }

  /** The user who runs it. */
  public abstract Optional<UserId> ownerId();

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
    return "Campaign";
  }

  /** Whether {@code day} falls in its run time: on or after the start and, if it has an end, on or before it. */
  public boolean runsOn(LocalDate day) {
    CrmValidationException.required("day", day);
    return !day.isBefore(startDate()) && endDate().map(end -> !day.isAfter(end)).orElse(true);
  }

  /** A builder; id, name, type, channel, startDate, createdAt and updatedAt are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Campaign}. */
  public static class Builder extends ImmutableCampaign.Builder {}

  @Value.Check
  Campaign normalised() {
    String cleanName = Texts.fold(name());
    if (cleanName.isEmpty()) {
      throw CrmValidationException.of("campaign.name", "required", name(), "a name is required");
    }
    String cleanChannel = Texts.fold(channel()).toLowerCase(Locale.ROOT);
    if (cleanChannel.isEmpty()) {
      throw CrmValidationException.of("campaign.channel", "required", channel(), "a channel is required");
    }
    Aggregate.checkBasics("campaign", this);
    if (cost().isPresent() && cost().get().isNegative()) {
      throw CrmValidationException.of("campaign.cost", "range", cost().get(), "a cost is not negative");
    }
    if (endDate().isPresent() && endDate().get().isBefore(startDate())) {
      throw CrmValidationException.of("campaign.endDate", "order", endDate().get(),
          "the end date is before the start date " + startDate());
    }
    if (cleanName.equals(name()) && cleanChannel.equals(channel())) {
      return this;
    }
    return withName(cleanName).withChannel(cleanChannel);
  }
}

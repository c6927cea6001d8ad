package io.crmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.account.Account;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignMember;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.order.Order;
import io.crmkit.core.product.PriceBook;
import io.crmkit.core.product.Product;
import io.crmkit.core.quote.Quote;
import io.crmkit.core.support.SupportCase;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Reading is strict everywhere, not only where an example looked: a property nobody declared is
 * refused in any object of any aggregate or event, and a required property left out is named.
 */
class CrmJsonStrictnessProperties {
  private static final ObjectMapper MAPPER = CrmJson.mapper();

  /** The properties each aggregate cannot do without, as its codec declares them. */
  private static final Map<Class<?>, List<String>> REQUIRED = Map.ofEntries(
      Map.entry(Account.class, AggregateCodecs.ACCOUNT.requiredNames()),
      Map.entry(Contact.class, AggregateCodecs.CONTACT.requiredNames()),
      Map.entry(Lead.class, AggregateCodecs.LEAD.requiredNames()),
      Map.entry(Activity.class, AggregateCodecs.ACTIVITY.requiredNames()),
      Map.entry(Campaign.class, AggregateCodecs.CAMPAIGN.requiredNames()),
      Map.entry(CampaignMember.class, AggregateCodecs.CAMPAIGN_MEMBER.requiredNames()),
      Map.entry(Opportunity.class, AggregateCodecs.OPPORTUNITY.requiredNames()),
      Map.entry(Product.class, AggregateCodecs.PRODUCT.requiredNames()),
      Map.entry(PriceBook.class, AggregateCodecs.PRICE_BOOK.requiredNames()),
      Map.entry(Quote.class, AggregateCodecs.QUOTE.requiredNames()),
      Map.entry(Order.class, AggregateCodecs.ORDER.requiredNames()),
      Map.entry(SupportCase.class, AggregateCodecs.SUPPORT_CASE.requiredNames()));

  @Property(tries = 3000)
  void an_unknown_property_in_any_object_is_refused_with_its_path(
      @ForAll("records") Sample<?> sample, @ForAll @IntRange(min = 0, max = 100_000) int pick) {
    ObjectNode json = MAPPER.valueToTree(sample.value());
    List<Located> objects = new ArrayList<>();
    collectObjects(rootOf(sample), json, objects);
    Located target = objects.get(pick % objects.size());
    target.node().put("unexpected", true);

    CrmJsonException e = refused(json, sample.type());

    assertThat(e.path()).isEqualTo(target.path() + ".unexpected");
    assertThat(e.problem()).startsWith("unknown property; expected one of");
  }

  @Property(tries = 3000)
  void a_required_property_left_out_is_named(
      @ForAll("records") Sample<?> sample, @ForAll @IntRange(min = 0, max = 100_000) int pick) {
    ObjectNode json = MAPPER.valueToTree(sample.value());
    List<String> required = requiredOf(sample);
    String left = required.get(pick % required.size());
    json.remove(left);

    CrmJsonException e = refused(json, sample.type());

    assertThat(e.path()).isEqualTo(rootOf(sample));
    assertThat(e.problem()).isEqualTo("missing required property " + left);
  }

  @Provide
  Arbitrary<Sample<?>> records() {
    return Arbitraries.oneOf(JsonArbitraries.aggregates(),
        JsonArbitraries.events().map(event -> Sample.of(CrmEvent.class, event)));
  }

  /** An object of the JSON tree and its path as errors name it. */
  private record Located(String path, ObjectNode node) {}

  /** Every object of the tree except the custom fields themselves (their names are the host's). */
  private static void collectObjects(String path, JsonNode node, List<Located> found) {
    if (node instanceof ObjectNode object) {
      boolean customFieldNames = path.endsWith(".customFields") && path.indexOf('.') == path.lastIndexOf('.');
      if (!customFieldNames) {
        found.add(new Located(path, object));
      }
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        collectObjects(path + "." + field.getKey(), field.getValue(), found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectObjects(path + "[" + i + "]", node.get(i), found);
      }
    }
  }

  /** The name errors start with: the aggregate's ({@code contact}) or the event record's ({@code contactCreated}). */
  private static String rootOf(Sample<?> sample) {
    String name = (sample.value() instanceof CrmEvent ? sample.value().getClass() : sample.type()).getSimpleName();
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  /** For an event, every component that is not an {@code Optional}; for an aggregate, what its codec declares. */
  private static List<String> requiredOf(Sample<?> sample) {
    if (sample.value() instanceof CrmEvent event) {
      return Arrays.stream(event.getClass().getRecordComponents())
          .filter(c -> c.getType() != Optional.class)
          .map(RecordComponent::getName)
          .toList();
    }
    return REQUIRED.get(sample.type());
  }

  private static CrmJsonException refused(JsonNode json, Class<?> type) {
    CrmJsonException e = catchThrowableOfType(CrmJsonException.class, () -> MAPPER.readValue(json.toString(), type));
    assertThat(e).as("reading %s fails", json).isNotNull();
    return e;
  }
}

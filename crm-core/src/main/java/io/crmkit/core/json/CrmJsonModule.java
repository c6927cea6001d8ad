package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.account.AccountKind;
import io.crmkit.core.activity.ActivityDirection;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.campaign.CampaignMemberStatus;
import io.crmkit.core.campaign.CampaignStatus;
import io.crmkit.core.campaign.CampaignType;
import io.crmkit.core.consent.ConsentChannel;
import io.crmkit.core.consent.ConsentReason;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.customfield.CustomFieldType;
import io.crmkit.core.lead.FitGrade;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.StageOutcome;
import io.crmkit.core.order.OrderStatus;
import io.crmkit.core.quote.QuoteStatus;
import io.crmkit.core.support.CaseSeverity;
import io.crmkit.core.support.CaseStatus;
import io.crmkit.core.support.CaseType;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Jackson module that writes and reads every value, aggregate and event of crm-core.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new CrmJsonModule()).build();
 * // or: ObjectMapper mapper = CrmJson.mapper();
 *
 * String json = mapper.writeValueAsString(contact);
 * Contact again = mapper.readValue(json, Contact.class);        // every check of Contact runs
 * CrmEvent event = mapper.readValue(eventJson, CrmEvent.class); // by its "type", e.g. "contact.created"
 * }</pre>
 *
 * <p>The JSON is described in the {@linkplain io.crmkit.core.json package documentation}. It does
 * not depend on how the mapper is configured: dates, decimals and enums are written the same way
 * whatever the mapper's features, and no Jackson annotation or default typing is involved.
 *
 * <p>Reading is strict. An unknown or repeated property, a value of the wrong JSON type, a missing
 * required property or a value the model refuses fails with a {@link CrmJsonException} (a
 * {@code JsonMappingException}) that names the path, such as {@code contact.emails[1]}; when the
 * model refused a value, its {@link CrmValidationException} is the cause. Unknown properties are
 * refused rather than skipped because a misspelt optional property would otherwise vanish without
 * a trace: {@code "ownerID"} would read as a contact without owner.
 *
 * <p>The module is stateless; one instance may be registered with any number of mappers.
 */
public final class CrmJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, as Jackson lists registered modules. */
  public static final String NAME = "crmkit";

  private final Set<Class<?>> types = new LinkedHashSet<>();

  /** Makes the module with the codecs of every type of crm-core. */
  public CrmJsonModule() {
    super(NAME, Version.unknownVersion());
    ValueCodecs.registerAll(this::add);
    AggregateCodecs.registerAll(this::add);
    EventCodecs.registerAll(this::add);
    addEnum(AccountKind.class);
    addEnum(ActivityDirection.class);
    addEnum(ActivityType.class);
    addEnum(CampaignMemberStatus.class);
    addEnum(CampaignStatus.class);
    addEnum(CampaignType.class);
    addEnum(ConsentChannel.class);
    addEnum(ConsentReason.class);
    addEnum(ConsentStatus.class);
    addEnum(CustomFieldType.class);
    addEnum(LeadStatus.class);
    addEnum(FitGrade.class);
    addEnum(ForecastCategory.class);
    addEnum(StageOutcome.class);
    addEnum(OrderStatus.class);
    addEnum(QuoteStatus.class);
    addEnum(CaseSeverity.class);
    addEnum(CaseStatus.class);
    addEnum(CaseType.class);
  }

  /** The crm-core types this module writes and reads, in the order registered. */
  public Set<Class<?>> types() {
    return Collections.unmodifiableSet(types);
  }

  private <E extends Enum<E>> void addEnum(Class<E> type) {
    add(type, Scalars.enumeration(type));
  }

  private <T> void add(Class<T> type, Codec<T> codec) {
    if (!types.add(type)) {
      throw new IllegalStateException("two codecs for " + type.getName());
    }
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }

  /** Writes through a codec. */
  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final Codec<T> codec;

    CodecSerializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
      codec.write(value, out);
    }
  }

  /** Reads through a codec, turning its failures into {@link CrmJsonException}s. */
  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Codec<T> codec;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
      try {
        return codec.read(in);
      } catch (ReadFailure f) {
        throw f.toException(in);
      } catch (CrmValidationException e) {
        throw ReadFailure.invalid(e).toException(in);
      }
    }
  }
}

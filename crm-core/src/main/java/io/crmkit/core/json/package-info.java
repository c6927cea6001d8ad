/**
 * JSON for every value, aggregate and event of crm-core, as a Jackson module: register
 * {@link io.crmkit.core.json.CrmJsonModule} with a mapper, or take {@link io.crmkit.core.json.CrmJson#mapper()}.
 *
 * <pre>{@code
 * ObjectMapper mapper = CrmJson.mapper();
 * String json = mapper.writeValueAsString(contact);
 * Contact again = mapper.readValue(json, Contact.class);
 * List<CrmEvent> events = mapper.readValue(eventsJson, new TypeReference<List<CrmEvent>>() {});
 * }</pre>
 *
 * <h2>The shape</h2>
 *
 * <ul>
 *   <li><b>Single values are plain JSON values.</b> Every typed id ({@code ContactId},
 *       {@code UserId}...), {@code EmailAddress}, {@code PhoneNumber}, {@code LifecycleStage},
 *       {@code ContactRole} and {@code ConsentPurpose} are strings in their canonical form:
 *       {@code "con-ada"}, {@code "ada@example.com"}, {@code "+442079460958"}, {@code "MQL"}. A tax
 *       rate is its percentage as a string: {@code "19"}.
 *   <li><b>Enums by name</b>, exactly: {@code "ORGANISATION"}, {@code "BEST_CASE"}.
 *   <li><b>Decimals as strings</b>, in plain notation, so that no reader rounds them through a
 *       binary floating-point number: money is {@code {"amount":"12.50","currency":"EUR"}} with
 *       the amount at the currency's minor units or finer; quantities, percentages, rates and
 *       custom field numbers are strings too. Reading also takes an exact JSON number, but no
 *       decimal with more than 100 digits before or
 *       after the point.
 *   <li><b>Times in ISO-8601</b>, whatever the mapper's settings: an instant is
 *       {@code "2026-11-22T10:15:30Z"} (UTC), a date {@code "2026-11-22"}, a duration
 *       {@code "PT30M"}. Whole numbers (versions, probabilities, counts) are JSON numbers.
 *   <li><b>Objects</b> for records and aggregates, with the property names of their accessors
 *       in the order the model declares them. An {@code Optional} that is empty is left out; every
 *       other property is always written, lists as arrays (possibly empty), defaults included
 *       ({@code "version":0}, {@code "lifecycleStage":"Lead"}). Values worked out from others (a
 *       quote's totals, a contact's display name, an aggregate's record type) are not written.
 *   <li><b>Custom fields</b> are an object of field name to typed value, sorted by name:
 *       {@code {"tier":{"type":"PICKLIST","value":"Gold"},"seats":{"type":"NUMBER","value":"250"}}};
 *       the type is a {@code CustomFieldType} name, the value a string ({@code TEXT},
 *       {@code PICKLIST}, {@code NUMBER}, {@code DATE}) or a boolean ({@code BOOLEAN}).
 *   <li><b>A consent ledger</b> is the array of its records, oldest appended first. An
 *       attribution is {@code {}} or {@code {"firstTouch":{...},"lastTouch":{...}}}. A stage is
 *       written in full ({@code name}, {@code outcome}, {@code probability},
 *       {@code forecastCategory}), since stages are configurable.
 *   <li><b>A discount</b> carries its kind: {@code {"type":"none"}},
 *       {@code {"type":"percent","percent":"12.5"}} or
 *       {@code {"type":"amount","amount":{"amount":"20.00","currency":"EUR"}}}.
 *   <li><b>Events</b> are objects whose first property {@code "type"} is the event's stable type
 *       name (its {@code TYPE} constant, such as {@code "contact.created"}), followed by the
 *       record's components: {@code {"type":"contact.created","eventId":"evt-1",
 *       "contactId":"con-ada","aggregateVersion":1,"occurredAt":"2026-01-05T09:00:00Z"}}.
 * </ul>
 *
 * <h2>Reading</h2>
 *
 * <p>Everything read is made through the model's own constructors and builders, so every check of
 * the model runs and a value read is as valid as one made in code. Reading is strict:
 *
 * <ul>
 *   <li>an <b>unknown property</b> is refused, naming it, anywhere (a misspelt optional property
 *       would otherwise vanish without a trace); so is a property given twice;
 *   <li>a <b>missing required property</b> is refused, naming every one missing; {@code null}
 *       counts as absent, so it is accepted for optional, list and defaulted properties and
 *       refused for required ones;
 *   <li>a <b>value of the wrong JSON type</b> is refused without coercion: no number is read from
 *       text (decimals excepted), no text from a number;
 *   <li>an <b>event's type</b> is looked up in crmkit's catalogue,
 *       {@link io.crmkit.core.event.CrmEvents#typeNamed(String)}; a name not in it, a class name
 *       included, is refused. No class is ever named by, looked up from or loaded for the input,
 *       and no Jackson default typing is involved. The {@code "type"} may come anywhere in the
 *       object.
 * </ul>
 *
 * <p>Every failure is a {@link io.crmkit.core.json.CrmJsonException}, a Jackson
 * {@code JsonMappingException}, whose message starts with the path to the problem:
 * {@code contact.emails[1]: email: invalid (was 'ada at example'): not an address of the form
 * local@domain.tld}. The path starts with the record read ({@code contact}, or an event's record
 * name such as {@code contactCreated}) and is empty when a value read on its own is itself the
 * problem. When the model refused a value, the {@link io.crmkit.core.CrmValidationException} is
 * the cause and its field and rule are in the message.
 */
@CrmStyle
@NullMarked
package io.crmkit.core.json;

import io.crmkit.core.CrmStyle;
import org.jspecify.annotations.NullMarked;

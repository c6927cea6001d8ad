package io.crmkit.core.value;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.internal.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A postal address: street lines, locality, region, postal code and ISO 3166-1 country.
 *
 * <p>Normalised when made: every part stripped with inner white space folded to one space, blank
 * parts dropped, the country upper-cased. At least one street line or a locality is required.
 * Abbreviations and case are left as written; crm-identity compares addresses in a matching form.
 */
@Value.Immutable
public abstract class PostalAddress {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** Street lines, first to last; blank lines dropped. */
  public abstract List<String> lines();

  /** The town or city. */
  public abstract Optional<String> locality();

  /** The state, province or county. */
  public abstract Optional<String> region();

  /** The postal or ZIP code. */
  public abstract Optional<String> postalCode();

  /** The ISO 3166-1 alpha-2 country code, such as {@code DE}. */
  public abstract String country();

  /** A builder; {@code country} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PostalAddress}. */
  public static class Builder extends ImmutablePostalAddress.Builder {}

  @Value.Check
  PostalAddress normalised() {
    List<String> cleanLines = lines().stream().map(Texts::fold).filter(s -> !s.isEmpty()).toList();
    Optional<String> cleanLocality = locality().map(Texts::fold).filter(s -> !s.isEmpty());
    Optional<String> cleanRegion = region().map(Texts::fold).filter(s -> !s.isEmpty());
    Optional<String> cleanPostal = postalCode().map(Texts::fold).filter(s -> !s.isEmpty());
    String cleanCountry = Texts.fold(country()).toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(cleanCountry)) {
      throw CrmValidationException.of("address.country", "iso3166", country(), "not an ISO 3166-1 alpha-2 code");
    }
    if (cleanLines.isEmpty() && cleanLocality.isEmpty()) {
      throw CrmValidationException.of("address.lines", "required", lines(), "a street line or a locality is required");
    }
    for (String line : cleanLines) {
      if (line.length() > 200) {
        throw CrmValidationException.of("address.lines", "length", line, "at most 200 characters a line");
      }
    }
    if (cleanLines.equals(lines()) && cleanLocality.equals(locality()) && cleanRegion.equals(region())
        && cleanPostal.equals(postalCode()) && cleanCountry.equals(country())) {
      return this;
    }
    return builder().lines(cleanLines).locality(cleanLocality).region(cleanRegion)
        .postalCode(cleanPostal).country(cleanCountry).build();
  }
}

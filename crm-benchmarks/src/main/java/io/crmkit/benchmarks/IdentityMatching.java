package io.crmkit.benchmarks;

import static io.crmkit.identity.block.KeyPart.exact;
import static io.crmkit.identity.block.KeyPart.prefix;
import static io.crmkit.identity.block.KeyPart.soundex;

import io.crmkit.identity.block.BlockingRule;
import io.crmkit.identity.compare.Comparisons;
import io.crmkit.identity.match.DeterministicRule;
import io.crmkit.identity.match.MatchSettings;
import io.crmkit.identity.normalise.PhoneNormaliser;

/** The match settings IdentityDedupeBenchmark deduplicates {@link SampleIdentities} with. */
public final class IdentityMatching {
  private IdentityMatching() {}

  /**
   * Eight comparisons (names with nicknames and phonetics, e-mail, phone read in the record's
   * country, date of birth, street, town, postcode), the same phone number and family name as a
   * deterministic rule, and six blocking rules besides it: the phone number, the e-mail address,
   * date of birth with the Soundex of either name, postcode with the family name's first two
   * letters, and postcode with street. (Both names' Double Metaphone with the town would add half
   * as many comparisons again at a million records for 0.06% more pair completeness.)
   */
  public static MatchSettings settings() {
    return MatchSettings.builder()
        .addComparison(Comparisons.name("first_name"))
        .addComparison(Comparisons.name("last_name"))
        .addComparison(Comparisons.email("email"))
        .addComparison(Comparisons.phone("phone", PhoneNormaliser.forRegion("GB").regionFrom("country")))
        .addComparison(Comparisons.date("date_of_birth"))
        .addComparison(Comparisons.address("street"))
        .addComparison(Comparisons.text("city"))
        .addComparison(Comparisons.postcode("postcode"))
        .addDeterministicRule(DeterministicRule.exact("phone", "last_name"))
        .addBlockingRule(BlockingRule.on(exact("phone")))
        .addBlockingRule(BlockingRule.on(exact("email")))
        .addBlockingRule(BlockingRule.on(exact("date_of_birth"), soundex("last_name")))
        .addBlockingRule(BlockingRule.on(exact("date_of_birth"), soundex("first_name")))
        .addBlockingRule(BlockingRule.on(exact("postcode"), prefix("last_name", 2)))
        .addBlockingRule(BlockingRule.on(exact("postcode"), exact("street")))
        .build();
  }
}

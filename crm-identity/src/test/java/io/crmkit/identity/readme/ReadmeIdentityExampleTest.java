package io.crmkit.identity.readme;

import static io.crmkit.identity.block.KeyPart.exact;
import static io.crmkit.identity.block.KeyPart.prefix;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.identity.block.BlockingRule;
import io.crmkit.identity.cluster.Cluster;
import io.crmkit.identity.compare.Comparisons;
import io.crmkit.identity.febrl.Febrl;
import io.crmkit.identity.match.IdentityMatcher;
import io.crmkit.identity.match.MatchExplanation;
import io.crmkit.identity.match.MatchRun;
import io.crmkit.identity.match.MatchSettings;
import io.crmkit.identity.record.IdentityRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's duplicate-detection example, run as written on FEBRL 1. */
class ReadmeIdentityExampleTest {

  @Test
  void the_readme_identity_example_finds_the_febrl_duplicates_without_labels() {
    List<IdentityRecord> records = Febrl.read("dataset1.csv");

    // README example starts
    MatchSettings settings = MatchSettings.builder()
        .addComparison(Comparisons.name("given_name"))           // exact, nickname, Jaro-Winkler bands, phonetic
        .addComparison(Comparisons.name("surname"))
        .addComparison(Comparisons.address("address_1"))
        .addComparison(Comparisons.postcode("postcode"))
        .addComparison(Comparisons.date("date_of_birth"))
        .addComparison(Comparisons.identifier("soc_sec_id"))
        .addBlockingRule(BlockingRule.on(exact("date_of_birth")))
        .addBlockingRule(BlockingRule.on(prefix("surname", 2), exact("postcode")).withMaxBlockSize(500))
        .addBlockingRule(BlockingRule.on(exact("soc_sec_id")))
        .build();
    MatchRun run = IdentityMatcher.of(settings).deduplicate(records);   // m and u by EM: no labels
    Cluster first = run.clusters().duplicates().get(0);
    MatchExplanation why = run.explain(first.recordIds().get(0), first.recordIds().get(1));
    System.out.println(why.describe());   // prior, then each field's weight in bits, and the decision
    // README example ends

    assertThat(run.clusters().duplicates()).hasSizeGreaterThanOrEqualTo(495);
    assertThat(run.clusters().largest()).isEqualTo(2);
    assertThat(why.weight()).isPositive();
    assertThat(why.waterfall()).hasSizeGreaterThan(settings.comparisons().size());
  }
}

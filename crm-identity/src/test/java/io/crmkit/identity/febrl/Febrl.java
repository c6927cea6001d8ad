package io.crmkit.identity.febrl;

import static io.crmkit.identity.block.KeyPart.exact;
import static io.crmkit.identity.block.KeyPart.prefix;
import static io.crmkit.identity.block.KeyPart.soundex;

import io.crmkit.identity.block.BlockingRule;
import io.crmkit.identity.compare.Comparisons;
import io.crmkit.identity.evaluate.Truth;
import io.crmkit.identity.match.MatchSettings;
import io.crmkit.identity.record.IdentityRecord;
import io.crmkit.identity.record.RowLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The FEBRL data sets as identity records, their truth from rec_id, and the settings used on them. */
public final class Febrl {
  private static final Pattern REC_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");

  private Febrl() {}

  /** The records of one file of src/test/resources/febrl (no quotes in FEBRL: a plain split). */
  public static List<IdentityRecord> read(String file) {
    try (InputStream in = Febrl.class.getResourceAsStream("/febrl/" + file)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = Arrays.asList(reader.readLine().split(",", -1));
      RowLayout layout = RowLayout.of(header, "rec_id");
      List<IdentityRecord> records = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          records.add(layout.record(Arrays.asList(line.split(",", -1))));
        }
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The truth: the N of rec-N-org and rec-N-dup-k. */
  public static Truth truth(List<IdentityRecord> records) {
    Map<String, String> entities = new HashMap<>();
    for (IdentityRecord record : records) {
      Matcher m = REC_ID.matcher(record.id());
      if (!m.matches()) {
        throw new IllegalArgumentException("not a FEBRL id: " + record.id());
      }
      entities.put(record.id(), m.group(1));
    }
    return Truth.of(entities);
  }

  /** The settings for FEBRL's person records. */
  public static MatchSettings settings() {
    return MatchSettings.builder()
        .addComparison(Comparisons.name("given_name"))
        .addComparison(Comparisons.name("surname"))
        .addComparison(Comparisons.identifier("street_number"))
        .addComparison(Comparisons.address("address_1"))
        .addComparison(Comparisons.address("address_2"))
        .addComparison(Comparisons.text("suburb"))
        .addComparison(Comparisons.postcode("postcode"))
        .addComparison(Comparisons.exactly("state"))
        .addComparison(Comparisons.date("date_of_birth"))
        .addComparison(Comparisons.identifier("soc_sec_id"))
        .addBlockingRule(BlockingRule.on(exact("soc_sec_id")))
        .addBlockingRule(BlockingRule.on(exact("date_of_birth")))
        .addBlockingRule(BlockingRule.on(exact("given_name"), exact("surname")))
        .addBlockingRule(BlockingRule.on(prefix("surname", 2), exact("postcode")))
        .addBlockingRule(BlockingRule.on(soundex("given_name"), exact("suburb")))
        .addBlockingRule(BlockingRule.on(exact("address_1"), exact("street_number")))
        .addBlockingRule(BlockingRule.on(exact("suburb"), exact("postcode")))
        .build();
  }
}

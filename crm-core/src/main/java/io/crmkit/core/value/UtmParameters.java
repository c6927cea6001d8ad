package io.crmkit.core.value;

import io.crmkit.core.internal.Texts;
import java.util.Locale;
import java.util.Optional;

/**
 * The UTM tags of a link: source, medium, campaign, term and content, each lower-cased and
 * stripped, blank ones absent.
 *
 * @param source utm_source
 * @param medium utm_medium
 * @param campaign utm_campaign
 * @param term utm_term
 * @param content utm_content
 */
public record UtmParameters(
    Optional<String> source,
    Optional<String> medium,
    Optional<String> campaign,
    Optional<String> term,
    Optional<String> content) {

  private static final UtmParameters NONE =
      new UtmParameters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** Normalises every tag. */
  public UtmParameters {
    source = clean(source);
    medium = clean(medium);
    campaign = clean(campaign);
    term = clean(term);
    content = clean(content);
  }

  /** No tags. */
  public static UtmParameters none() {
    return NONE;
  }

  /** Tags from texts; null or blank means absent. */
  public static UtmParameters of(String source, String medium, String campaign, String term, String content) {
    return new UtmParameters(Optional.ofNullable(source), Optional.ofNullable(medium),
        Optional.ofNullable(campaign), Optional.ofNullable(term), Optional.ofNullable(content));
  }

  private static Optional<String> clean(Optional<String> tag) {
    return tag == null ? Optional.empty()
        : tag.map(t -> Texts.fold(t).toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty());
  }
}

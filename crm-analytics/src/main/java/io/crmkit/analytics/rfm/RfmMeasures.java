package io.crmkit.analytics.rfm;

import io.crmkit.core.CrmValidationException;
import java.time.LocalDate;

/**
 * What RFM measures: the analysis date and what frequency and monetary value mean.
 *
 * <p>Recency is the number of days from a customer's last purchase on or before {@code asOf} to
 * {@code asOf} (0 for a purchase on that day). Purchases after {@code asOf} are left out of every
 * measure, so a table can be scored as of any past date; a customer whose first purchase is later
 * has no RFM values at all.
 *
 * @param asOf the analysis date
 * @param frequency what frequency counts
 * @param monetary what monetary value measures
 */
public record RfmMeasures(LocalDate asOf, FrequencyMeasure frequency, MonetaryMeasure monetary) {

  /** Checks that every part is given. */
  public RfmMeasures {
    CrmValidationException.required("rfm.asOf", asOf);
    CrmValidationException.required("rfm.frequency", frequency);
    CrmValidationException.required("rfm.monetary", monetary);
    if (asOf.toEpochDay() < Integer.MIN_VALUE || asOf.toEpochDay() > Integer.MAX_VALUE) {
      throw CrmValidationException.of("rfm.asOf", "supportedRange", asOf, "the analysis date is too far from 1970");
    }
  }

  /** Orders and total revenue as of a date: the R package {@code rfm}'s measures. */
  public static RfmMeasures asOf(LocalDate asOf) {
    return new RfmMeasures(asOf, FrequencyMeasure.ORDERS, MonetaryMeasure.TOTAL);
  }

  /** The same measures with another frequency. */
  public RfmMeasures withFrequency(FrequencyMeasure frequency) {
    return new RfmMeasures(asOf, frequency, monetary);
  }

  /** The same measures with another monetary value. */
  public RfmMeasures withMonetary(MonetaryMeasure monetary) {
    return new RfmMeasures(asOf, frequency, monetary);
  }
}

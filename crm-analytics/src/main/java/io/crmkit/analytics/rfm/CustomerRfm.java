package io.crmkit.analytics.rfm;

import java.util.Optional;

/**
 * One customer's RFM: values, scores, segment and the row of the segment table that put it there.
 *
 * @param customerId the customer's id in the transactions
 * @param recencyDays days from the last purchase to the analysis date
 * @param frequency orders or purchase days, as measured
 * @param monetary total revenue or mean per purchase, as measured
 * @param orders the customer's orders
 * @param revenue the customer's total revenue
 * @param score the three scores
 * @param segment the segment
 * @param rule the row that matched; empty when the customer is in the table's rest
 */
public record CustomerRfm(
    String customerId,
    int recencyDays,
    int frequency,
    double monetary,
    int orders,
    double revenue,
    RfmScore score,
    String segment,
    Optional<SegmentRule> rule) {}

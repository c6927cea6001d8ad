package io.crmkit.scoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.dataset.ClosedLead;
import io.crmkit.scoring.dataset.Dataset;
import io.crmkit.scoring.dataset.LeadFacts;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CrossValidationProperties {

  @Property
  void every_lead_is_in_one_fold_and_each_fold_keeps_the_share_of_won_leads(
      @ForAll @IntRange(min = 2, max = 60) int won,
      @ForAll @IntRange(min = 2, max = 60) int lost,
      @ForAll @IntRange(min = 2, max = 10) int folds,
      @ForAll long seed) {
    Assume.that(won >= folds && lost >= folds);
    Dataset leads = leads(won, lost);

    int[] fold = CrossValidation.stratified(folds, seed).assign(leads);

    int[] wonIn = new int[folds];
    int[] lostIn = new int[folds];
    for (int row = 0; row < fold.length; row++) {
      assertThat(fold[row]).isBetween(0, folds - 1);
      if (leads.won(row)) {
        wonIn[fold[row]]++;
      } else {
        lostIn[fold[row]]++;
      }
    }
    for (int k = 0; k < folds; k++) {
      assertThat(wonIn[k]).isBetween(won / folds, (won + folds - 1) / folds);
      assertThat(lostIn[k]).isBetween(lost / folds, (lost + folds - 1) / folds);
      assertThat(wonIn[k] + lostIn[k]).isBetween((won + lost) / folds, (won + lost + folds - 1) / folds);
    }
  }

  /** {@code won} won leads, then {@code lost} lost ones. */
  private static Dataset leads(int won, int lost) {
    List<ClosedLead> leads = new ArrayList<>();
    for (int i = 0; i < won + lost; i++) {
      LeadFacts facts = LeadFacts.builder().set("n", i).build();
      leads.add(i < won ? ClosedLead.won(facts) : ClosedLead.lost(facts));
    }
    return Dataset.of(leads);
  }
}

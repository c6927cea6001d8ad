package io.crmkit.core.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FitGradeTest {

  @Test
  void the_grades_run_from_the_best_fit_to_no_fit() {
    assertThat(FitGrade.values()).containsExactly(FitGrade.A, FitGrade.B, FitGrade.C, FitGrade.D);
  }

  @Test
  void a_better_grade_is_at_least_a_worse_one_and_not_the_other_way_round() {
    assertThat(FitGrade.A.isAtLeast(FitGrade.B)).isTrue();
    assertThat(FitGrade.C.isAtLeast(FitGrade.B)).isFalse();
    assertThat(FitGrade.D.isAtLeast(FitGrade.A)).isFalse();
  }

  @Test
  void every_grade_is_at_least_itself() {
    for (FitGrade grade : FitGrade.values()) {
      assertThat(grade.isAtLeast(grade)).as("%s", grade).isTrue();
    }
  }
}

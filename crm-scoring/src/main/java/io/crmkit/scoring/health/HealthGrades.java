package io.crmkit.scoring.health;

import io.crmkit.scoring.internal.Texts;
import io.crmkit.core.CrmValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The grades of a health model: ranges of whole scores that cover 0 to 100 without gap or overlap,
 * lowest first. A score is graded by its value rounded half up, so 50.4 is red and 50.5 yellow under
 * the defaults.
 *
 * @param grades the grades, lowest first; the first from 0, the last to 100, each starting one above
 *     the one before it ends; names unique ignoring case
 */
public record HealthGrades(List<HealthGrade> grades) {
  private static final HealthGrades DEFAULTS =
      new HealthGrades(List.of(HealthGrade.RED, HealthGrade.YELLOW, HealthGrade.GREEN));

  /**
   * Checks that the grades cover 0 to 100 once.
   *
   * @throws CrmValidationException naming {@code healthGrades.grades[i]}: {@code required},
   *     {@code gap} or {@code overlap}, {@code duplicate} for a name given twice, {@code coverage}
   *     when they do not start at 0 or end at 100
   */
  public HealthGrades {
    CrmValidationException.required("healthGrades.grades", grades);
    if (grades.isEmpty()) {
      throw CrmValidationException.of("healthGrades.grades", "required", "[]", "give at least one grade");
    }
    Set<String> names = new HashSet<>();
    List<HealthGrade> copy = new ArrayList<>();
    for (int i = 0; i < grades.size(); i++) {
      String field = "healthGrades.grades[" + i + "]";
      HealthGrade grade = CrmValidationException.required(field, grades.get(i));
      if (!names.add(Texts.key(field, grade.name()))) {
        throw CrmValidationException.of(field + ".name", "duplicate", grade.name(), "each grade name appears once");
      }
      int expected = i == 0 ? 0 : copy.get(i - 1).to() + 1;
      if (grade.from() != expected) {
        throw CrmValidationException.of(field + ".from", i == 0 ? "coverage" : grade.from() > expected ? "gap" : "overlap",
            grade.from(), "grade '" + grade.name() + "' starts at " + expected);
      }
      copy.add(grade);
    }
    HealthGrade last = copy.get(copy.size() - 1);
    if (last.to() != 100) {
      throw CrmValidationException.of("healthGrades.grades[" + (copy.size() - 1) + "].to", "coverage", last.to(),
          "the last grade ends at 100");
    }
    grades = List.copyOf(copy);
  }

  /** Red 0-50, yellow 51-75, green 76-100. */
  public static HealthGrades defaults() {
    return DEFAULTS;
  }

  /** Grades lowest first. */
  public static HealthGrades of(HealthGrade... grades) {
    return new HealthGrades(List.of(CrmValidationException.required("healthGrades.grades", grades)));
  }

  /** The grade of a score from 0 to 100, rounded half up. */
  public HealthGrade gradeOf(double score) {
    int whole = (int) Math.round(score);
    for (HealthGrade grade : grades) {
      if (grade.holds(whole)) {
        return grade;
      }
    }
    throw CrmValidationException.of("score", "range", score, "a health score is from 0 to 100");
  }

  /** The grade of this name, ignoring case and spacing. */
  public Optional<HealthGrade> grade(String name) {
    return grades.stream().filter(g -> g.isNamed(name)).findFirst();
  }
}

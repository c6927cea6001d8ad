package io.crmkit.identity.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateNormaliserTest {
  private static final LocalDate BIRTHDAY = LocalDate.of(1975, 8, 18);

  @ParameterizedTest
  @ValueSource(strings = {"1975-08-18", "1975-8-18", "19750818", "1975/08/18", "1975.08.18", "18.08.1975",
    "18/08/1975", "18-08-1975", "18 August 1975", "18 aug 1975", "18th Aug. 1975", "August 18, 1975",
    "AUG 18TH 1975", " 1975-08-18 "})
  void the_usual_ways_of_writing_a_date_read_as_one_date(String written) {
    assertThat(DateNormaliser.dayFirst().parse(written)).contains(BIRTHDAY);
    assertThat(DateNormaliser.dayFirst().normalise(written)).contains("1975-08-18");
  }

  @Test
  void slashes_read_day_first_or_month_first_as_the_normaliser_says() {
    assertThat(DateNormaliser.dayFirst().parse("03/04/1975")).contains(LocalDate.of(1975, 4, 3));
    assertThat(DateNormaliser.monthFirst().parse("03/04/1975")).contains(LocalDate.of(1975, 3, 4));
    assertThat(DateNormaliser.monthFirst().parse("03.04.1975")).contains(LocalDate.of(1975, 4, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1975-02-30", "1975-13-01", "1975-00-10", "19750832", "31/04/1975", "29 Feb 1975"})
  void impossible_dates_are_refused(String impossible) {
    assertThat(DateNormaliser.dayFirst().parse(impossible)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"18/08/75", "1975", "yesterday", "18 Augustus 1975", "", "1975-08-18T10:00"})
  void what_is_not_a_whole_date_is_refused(String text) {
    assertThat(DateNormaliser.dayFirst().parse(text)).isEmpty();
  }

  @Test
  void a_leap_day_in_a_leap_year_is_a_date() {
    assertThat(DateNormaliser.dayFirst().parse("29/02/2000")).contains(LocalDate.of(2000, 2, 29));
  }
}

package io.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the {@code crm} command line over any arguments a user may type. */
class CrmCommandLineProperties {

  @Property(tries = 300)
  void whatever_the_arguments_crm_exits_0_1_or_2_and_explains_a_refusal(
      @ForAll("arguments") List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exitCode = Crm.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));

    assertThat(exitCode).isIn(0, 1, 2);
    if (exitCode == 0) {
      assertThat(err.toString()).isEmpty();
    } else {
      assertThat(err.toString()).startsWith("error: ");
    }
    if (!args.contains("-v") && !args.contains("--verbose")) {
      assertThat(err.toString()).doesNotContain("\tat ");
    }
  }

  @Provide
  Arbitrary<List<String>> arguments() {
    Arbitrary<String> known =
        Arbitraries.of("demo", "--help", "-h", "--version", "-V", "-v", "--verbose", "-hV", "-");
    Arbitrary<String> typed =
        Arbitraries.strings().withChars("abcdemo-=VhvX ").ofMinLength(0).ofMaxLength(12);
    return Arbitraries.oneOf(known, typed).list().ofMaxSize(5).map(CrmCommandLineProperties::smallDemo);
  }

  /**
   * The arguments with a tiny in-memory company after {@code demo}, so a demo the arguments run is
   * quick and writes no database into the working directory.
   */
  private static List<String> smallDemo(List<String> args) {
    int demo = args.indexOf("demo");
    if (demo < 0) {
      return args;
    }
    List<String> small = new ArrayList<>(args);
    small.addAll(demo + 1, List.of("--in-memory", "--leads", "10"));
    return small;
  }
}

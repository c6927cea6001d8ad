package io.crmkit.benchmarks;

import io.crmkit.scoring.rules.BehaviourEvent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lead as a host holds it for scoring in bulk: the few fields the fit rules read, each
 * {@code null} when the lead has not given it, and what the lead did.
 *
 * <p>Fields are plain references so that both sides of {@link LeadScoringBenchmark} read them at
 * the same cost; a host application would map its own records the same way
 * ({@code ScoringSchema.Builder.nullableText} is the engine's fastest accessor).
 *
 * @param jobTitle the job title as typed in a form ({@code VP Sales})
 * @param industry the industry as picked ({@code Software})
 * @param companySize the number of employees, NaN when unknown
 * @param country the ISO 3166 code of the country ({@code DE})
 * @param emailDomain the domain of the e-mail address, lower case ({@code gmail.com})
 * @param leadSource where the lead came from ({@code Referral})
 * @param events the behaviour events, in no particular order; an immutable, random-access list
 */
public record Prospect(
    @Nullable String jobTitle,
    @Nullable String industry,
    double companySize,
    @Nullable String country,
    @Nullable String emailDomain,
    @Nullable String leadSource,
    List<BehaviourEvent> events) {

  /** Makes the events an immutable list; one that already is stays as it is. */
  public Prospect {
    events = List.copyOf(events);
  }
}

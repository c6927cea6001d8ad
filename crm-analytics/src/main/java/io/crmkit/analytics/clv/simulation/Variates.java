package io.crmkit.analytics.clv.simulation;

import java.util.SplittableRandom;

/** Gamma, beta and exponential variates from a seeded {@link SplittableRandom}. */
final class Variates {
  private final SplittableRandom random;

  Variates(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Uniform on (0, 1). */
  double uniform() {
    double u;
    do {
      u = random.nextDouble();
    } while (u == 0.0);
    return u;
  }

  /** Exponential with the given rate. */
  double exponential(double rate) {
    return -Math.log(uniform()) / rate;
  }

  /** Gamma with the given shape and rate (Marsaglia and Tsang 2000, boosted below shape 1). */
  double gamma(double shape, double rate) {
    if (shape < 1.0) {
      return gamma(shape + 1.0, rate) * Math.pow(uniform(), 1.0 / shape);
    }
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9.0 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal();
        v = 1.0 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = uniform();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v / rate;
      }
    }
  }

  /** Beta with the given shapes. */
  double beta(double a, double b) {
    double x = gamma(a, 1.0);
    double y = gamma(b, 1.0);
    return x / (x + y);
  }

  /** Whether an event of probability {@code p} happens. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private double normal() {
    // Marsaglia's polar method; the second value is dropped to keep the stream simple.
    while (true) {
      double u = 2.0 * random.nextDouble() - 1.0;
      double v = 2.0 * random.nextDouble() - 1.0;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * Math.sqrt(-2.0 * Math.log(s) / s);
      }
    }
  }
}

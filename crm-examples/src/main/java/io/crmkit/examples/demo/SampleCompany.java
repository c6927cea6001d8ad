package io.crmkit.examples.demo;

import io.crmkit.core.CrmValidationException;
import io.crmkit.core.conversion.ConversionResult;
import io.crmkit.core.id.UserId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.memory.InMemoryExchangeRates;
import io.crmkit.core.port.ExchangeRates;
import io.crmkit.core.port.IdGenerator;
import io.crmkit.core.value.ExchangeRate;
import io.crmkit.core.value.Money;
import io.crmkit.examples.CrmPorts;
import io.crmkit.examples.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A sample company made up from a seed: Brightwave Analytics, a software vendor selling analytics
 * seats in Europe and the US, living through two quarters of sales and service in a CRM.
 *
 * <p>Over the period, day by day on a {@link DemoClock}, leads arrive from web forms, paid search,
 * trade shows, webinars, referrals, partners and list imports; sales reps work them, qualify or
 * disqualify them and convert the good ones with {@link io.crmkit.core.conversion.LeadConversion}
 * (colleagues of a known company find its account by domain, returning people their contact by
 * e-mail, consumers get a household). Deals move through the default stages, each move published
 * as an {@code OpportunityStageChanged} in a unit of work, get priced from the price book at the
 * proposal, and close won or lost with a reason; won deals become orders and their contacts
 * customers, who then raise support cases that are answered, wait, get resolved and closed. Reps
 * log calls, e-mails, meetings and tasks; contacts grant and sometimes withdraw e-mail consent.
 *
 * <p>Everything goes through the {@link CrmPorts}, so the company lands in whatever store they
 * front. The same seed, size and ids give the same records, field for field.
 */
public final class SampleCompany {
  /** The company's name. */
  public static final String NAME = "Brightwave Analytics";

  /** The company's own currency, which its reports are in; deals in the US and UK are in USD and GBP. */
  public static final Currency CURRENCY = Money.currency("EUR");

  /** The first day of the period the company lives through: 1 October 2025. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2025, 10, 1);

  /** The last day of the period: 31 March 2026, two quarters after {@link #FIRST_DAY}. */
  public static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);

  /** When products, price books and campaigns are set up, a month before the period; the clock starts here. */
  public static final Instant SET_UP_AT = Instant.parse("2025-09-01T08:00:00Z");

  /** The end of the period, midnight after {@link #LAST_DAY} (UTC): where the clock stands at the end. */
  public static final Instant AS_OF = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

  /** The seed used unless another is chosen. */
  public static final long DEFAULT_SEED = 42;

  /** The most leads a company may be made with. */
  public static final int MAX_LEADS = 50_000;

  private SampleCompany() {}

  /** How big a company to make, in leads over the period. */
  public enum Size {
    /** 250 leads: a second or so. */
    SMALL(250),
    /** 1,000 leads: the default, a few seconds on the embedded database. */
    MEDIUM(1_000),
    /** 5,000 leads. */
    LARGE(5_000);

    private final int leads;

    Size(int leads) {
      this.leads = leads;
    }

    /** The number of leads that arrive over the period. */
    public int leads() {
      return leads;
    }

    /** The name of the size as typed on the command line: {@code small}, {@code medium}, {@code large}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What to make: the seed of every random choice and how many leads arrive.
   *
   * @param seed the seed of the random source; the same seed gives the same company
   * @param leads the number of leads that arrive over the period, 1 to {@link #MAX_LEADS}
   */
  public record Settings(long seed, int leads) {
    /**
     * Checks the number of leads.
     *
     * @throws CrmValidationException when it is below 1 or above {@link #MAX_LEADS} (field
     *     {@code demo.leads}, rule {@code range})
     */
    public Settings {
      if (leads < 1 || leads > MAX_LEADS) {
        throw CrmValidationException.of("demo.leads", "range", leads,
            "the number of leads is 1 to " + MAX_LEADS);
      }
    }

    /** A company of this size from this seed. */
    public static Settings of(long seed, Size size) {
      return new Settings(seed, CrmValidationException.required("demo.size", size).leads());
    }
  }

  /**
   * What was made, beyond the stored records: the settings, the period, the sales team, the
   * exchange rates the company books foreign deals at, and one conversion of each kind seen.
   *
   * @param settings the settings the company was made with
   * @param firstDay the first day of the period
   * @param lastDay the last day of the period
   * @param asOf the end of the period, where the clock stood when generation ended
   * @param salesReps the sales reps, who own leads, deals and activities
   * @param exchangeRates the rates to value USD and GBP in the company's currency
   * @param conversions one conversion of each kind the run saw, in the order they happened
   */
  public record Generated(Settings settings, LocalDate firstDay, LocalDate lastDay, Instant asOf,
      List<UserId> salesReps, ExchangeRates exchangeRates, List<ConversionExample> conversions) {
    /** Copies the lists. */
    public Generated {
      salesReps = List.copyOf(salesReps);
      conversions = List.copyOf(conversions);
    }
  }

  /**
   * One conversion the run asked for, shown as an example of what lead conversion does.
   *
   * @param lead the lead as it was before the conversion was asked for
   * @param result what the conversion said
   */
  public record ConversionExample(Lead lead, ConversionResult result) {}

  /**
   * Makes the company: sets up products, price books and campaigns at {@link #SET_UP_AT}, then
   * lives day by day from {@link #FIRST_DAY} to {@link #LAST_DAY}, writing every record through the
   * ports, and leaves the clock at {@link #AS_OF}. Work planned after the period (a deal's next
   * stage, a case's resolution) is left undone, as it would be on that evening.
   *
   * @param settings the seed and the number of leads
   * @param ports where the records go; expected to be empty
   * @param clock the time of every record and event; standing at or before {@link #SET_UP_AT}
   * @param ids makes the ids of records and events
   * @param progress told how the days go
   * @return what was made beyond the records
   * @throws CrmValidationException when an argument is missing or the clock is past {@link #SET_UP_AT}
   */
  public static Generated generate(Settings settings, CrmPorts ports, DemoClock clock, IdGenerator ids,
      Progress progress) {
    CrmValidationException.required("demo.settings", settings);
    CrmValidationException.required("demo.ports", ports);
    CrmValidationException.required("demo.clock", clock);
    CrmValidationException.required("demo.ids", ids);
    CrmValidationException.required("demo.progress", progress);
    if (clock.instant().isAfter(SET_UP_AT)) {
      throw CrmValidationException.of("demo.clock", "order", clock.instant(),
          "the clock stands at or before " + SET_UP_AT + " when the company is set up");
    }
    ExchangeRates rates = exchangeRates();
    Simulation simulation = new Simulation(settings, ports, clock, ids, new Random(settings.seed()), progress);
    simulation.run();
    return new Generated(settings, FIRST_DAY, LAST_DAY, AS_OF, Simulation.SALES_REPS, rates,
        simulation.conversionExamples());
  }

  /**
   * The rates the company books foreign deals at: one per month from EUR to USD and to GBP, from
   * the month of {@link #SET_UP_AT} to the month of {@link #LAST_DAY}. The same for every seed.
   */
  public static ExchangeRates exchangeRates() {
    String[] usd = {"1.1680", "1.1710", "1.1620", "1.1560", "1.1690", "1.1740", "1.1810", "1.1770"};
    String[] gbp = {"0.8660", "0.8710", "0.8740", "0.8790", "0.8720", "0.8680", "0.8650", "0.8700"};
    InMemoryExchangeRates rates = new InMemoryExchangeRates();
    LocalDate month = LocalDate.ofInstant(SET_UP_AT, ZoneOffset.UTC).withDayOfMonth(1);
    for (int i = 0; i < usd.length; i++) {
      rates.add(ExchangeRate.of("EUR", "USD", usd[i], month.plusMonths(i)));
      rates.add(ExchangeRate.of("EUR", "GBP", gbp[i], month.plusMonths(i)));
    }
    return rates;
  }
}

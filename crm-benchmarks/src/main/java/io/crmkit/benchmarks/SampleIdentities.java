package io.crmkit.benchmarks;

import io.crmkit.identity.normalise.Folding;
import io.crmkit.identity.normalise.PhoneNormaliser;
import io.crmkit.identity.record.IdentityRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Made-up contacts with duplicates corrupted as CRM data is: the same records for the same seed
 * and size, on any machine.
 *
 * <p><b>People.</b> Given names and family names are drawn with a Zipf-like skew (rank to the power
 * -1 and -0.9) from real names (the first ones, so "John" and "Smith" are common) followed by
 * made-up ones: about 3,000 given and 60,000 family names. Each person lives in GB (40%), US (40%)
 * or DE (20%) and has a date of birth (1940 to 2005), an e-mail address (name-based, mostly with
 * digits, at a free-mail or company domain), a mobile number valid in the country, a street address
 * with a number, a town (skewed) and a postcode.
 *
 * <p><b>Duplicates.</b> About {@value #DUPLICATE_PERCENT}% of the records are copies of another
 * person's record (a person has up to four copies), each with one to three corruptions: a typo in a
 * name, a nickname (Robert as Bob), given and family name swapped, an e-mail address, phone
 * number, date of birth or address missing, a new e-mail address, a typo in the e-mail address, a
 * date of birth with a typed digit or day and month swapped, the street written with an
 * abbreviation or a typo, or a move to a new address. On top of that every record writes its phone
 * number in a format of its own ({@code +44 7700 900123}, {@code 07700 900123}, {@code 0044...}),
 * its date of birth in one of four forms, and some names in capitals.
 *
 * <p>Record ids are {@code c0000001}...; the truth (the person behind each record) is kept apart.
 */
public final class SampleIdentities {
  /** The share of records that are corrupted copies, in percent. */
  public static final int DUPLICATE_PERCENT = 30;

  /** The fields of a record. */
  public static final List<String> FIELDS = List.of("first_name", "last_name", "email", "phone", "country",
      "date_of_birth", "street", "city", "postcode");

  private static final List<String> REAL_FIRST = List.of(
      "John", "Mary", "James", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth",
      "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
      "Christopher", "Nancy", "Daniel", "Margaret", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Dorothy",
      "Donald", "Sandra", "Steven", "Ashley", "Paul", "Kimberly", "Andrew", "Emily", "Joshua", "Donna",
      "Kenneth", "Michelle", "Kevin", "Carol", "Brian", "Amanda", "George", "Melissa", "Edward", "Deborah",
      "Ronald", "Stephanie", "Timothy", "Rebecca", "Jason", "Laura", "Jeffrey", "Sharon", "Ryan", "Cynthia",
      "Jacob", "Kathleen", "Gary", "Amy", "Nicholas", "Shirley", "Eric", "Angela", "Jonathan", "Helen",
      "Stephen", "Anna", "Larry", "Brenda", "Justin", "Pamela", "Scott", "Nicole", "Brandon", "Samantha",
      "Benjamin", "Katherine", "Samuel", "Emma", "Frank", "Ruth", "Gregory", "Christine", "Raymond", "Catherine",
      "Alexander", "Debra", "Patrick", "Rachel", "Jack", "Carolyn", "Dennis", "Janet", "Jerry", "Virginia",
      "Lukas", "Léa", "Jürgen", "Zoë", "Björn", "Mateo", "Lucía", "Priya", "Mohammed", "Fatima", "Chen", "Aiko");

  private static final List<String> REAL_LAST = List.of(
      "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
      "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
      "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
      "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
      "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
      "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
      "O'Brien", "O'Connor", "Smith-Jones", "McDonald", "MacLeod", "Ó Súilleabháin", "Lovelace", "Hopper");

  private static final String[] SYLLABLES = {
    "an", "ber", "cal", "dor", "el", "fin", "gar", "hol", "is", "jan", "kel", "lor", "mar", "nor", "os",
    "pel", "quin", "ros", "sel", "tor", "ul", "van", "wes", "yor", "zan", "bri", "cor", "dal", "fen", "gil",
    "har", "ith", "kin", "lan", "mel", "nat", "ol", "pri", "ran", "sto", "tam", "ven", "wil", "bel", "cha"};

  private static final String[] STREET_TYPES = {"Street", "Road", "Avenue", "Lane", "Drive", "Close", "Place", "Court"};
  private static final Map<String, String> ABBREVIATIONS = Map.of("Street", "St", "Road", "Rd", "Avenue", "Ave",
      "Lane", "Ln", "Drive", "Dr", "Close", "Cl", "Place", "Pl", "Court", "Ct");
  private static final Map<String, String> NICKNAMES = Map.ofEntries(
      Map.entry("Robert", "Bob"), Map.entry("William", "Bill"), Map.entry("Elizabeth", "Liz"),
      Map.entry("Richard", "Dick"), Map.entry("Margaret", "Peggy"), Map.entry("James", "Jim"),
      Map.entry("Michael", "Mike"), Map.entry("Jennifer", "Jenny"), Map.entry("Thomas", "Tom"),
      Map.entry("Katherine", "Kate"), Map.entry("Christopher", "Chris"), Map.entry("Daniel", "Dan"),
      Map.entry("Matthew", "Matt"), Map.entry("Anthony", "Tony"), Map.entry("Joseph", "Joe"),
      Map.entry("Edward", "Ted"), Map.entry("Patricia", "Pat"), Map.entry("Samantha", "Sam"),
      Map.entry("Alexander", "Alex"), Map.entry("Jonathan", "Jon"), Map.entry("Rebecca", "Becky"),
      Map.entry("Stephen", "Steve"), Map.entry("Benjamin", "Ben"), Map.entry("Timothy", "Tim"));
  private static final String[] FREE_MAIL = {"gmail.com", "outlook.com", "yahoo.com", "icloud.com", "web.de",
    "gmx.de", "hotmail.co.uk", "proton.me"};
  private static final String[] COUNTRIES = {"GB", "GB", "US", "US", "DE"};
  private static final String[] US_AREAS = {"212", "310", "415", "617", "646", "718", "202", "305", "312", "404",
    "503", "206", "512", "713", "303"};
  private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
  private static final int BIRTH_DAYS = (int) (LocalDate.of(2005, 12, 31).toEpochDay() - FIRST_BIRTH.toEpochDay());

  /**
   * Records and the person behind each.
   *
   * @param records the records, in id order
   * @param personOf the person (a number as text) behind each record, by record id
   */
  public record Sample(List<IdentityRecord> records, Map<String, String> personOf) {}

  /** A person's clean values. */
  private record Person(String first, String last, String email, String phoneDigits, String country,
      @Nullable LocalDate birth, int number, String streetName, String streetType, String city, String postcode) {}

  private final SplittableRandom random;
  private final String[] firstNames;
  private final double[] firstWeights;
  private final String[] lastNames;
  private final double[] lastWeights;
  private final String[] streets;
  private final String[] towns;
  private final double[] townWeights;

  private SampleIdentities(long seed) {
    random = new SplittableRandom(seed);
    firstNames = names(REAL_FIRST, 3_000, 2);
    firstWeights = zipf(firstNames.length, 1.0);
    lastNames = names(REAL_LAST, 60_000, 3);
    lastWeights = zipf(lastNames.length, 0.9);
    streets = made(20_000, 2, "");
    towns = made(600, 2, "");
    townWeights = zipf(towns.length, 1.0);
  }

  /**
   * Makes {@code count} records from a seed: {@value #DUPLICATE_PERCENT}% corrupted copies of the
   * others.
   */
  public static Sample make(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more, not " + count);
    }
    return new SampleIdentities(seed).sample(count);
  }

  private Sample sample(int count) {
    int originals = count - count * DUPLICATE_PERCENT / 100;
    List<Person> people = new ArrayList<>(originals);
    for (int p = 0; p < originals; p++) {
      people.add(person());
    }
    int[] copies = new int[originals];
    int[] personOfRecord = new int[count];
    for (int p = 0; p < originals; p++) {
      personOfRecord[p] = p;
    }
    for (int r = originals; r < count; r++) {
      int p;
      do {
        p = random.nextInt(originals);
      } while (copies[p] >= 4);
      copies[p]++;
      personOfRecord[r] = p;
    }
    // shuffle which record number shows which person, so copies are not all at the end
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    List<IdentityRecord> records = new ArrayList<>(count);
    Map<String, String> personOf = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      int r = order[i];
      Person person = people.get(personOfRecord[r]);
      String id = String.format(Locale.ROOT, "c%07d", i + 1);
      records.add(IdentityRecord.of(id, r < originals ? values(person) : values(corrupted(person))));
      personOf.put(id, Integer.toString(personOfRecord[r]));
    }
    return new Sample(List.copyOf(records), personOf);
  }

  private Person person() {
    String first = pick(firstNames, firstWeights);
    String last = pick(lastNames, lastWeights);
    String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
    String email = email(first, last, random.nextInt(100) < 80);
    LocalDate birth = FIRST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS + 1));
    String type = STREET_TYPES[random.nextInt(STREET_TYPES.length)];
    return new Person(first, last, email, phone(country), country, birth, 1 + random.nextInt(300),
        streets[random.nextInt(streets.length)], type, pick(towns, townWeights), postcode(country));
  }

  private Person corrupted(Person person) {
    Person p = person;
    int corruptions = 1 + (random.nextInt(100) < 50 ? 0 : random.nextInt(100) < 70 ? 1 : 2);
    for (int k = 0; k < corruptions; k++) {
      switch (random.nextInt(13)) {
        case 0 -> p = with(p, typo(p.first()), p.last());
        case 1 -> p = with(p, p.first(), typo(p.last()));
        case 2 -> p = with(p, NICKNAMES.getOrDefault(p.first(), typo(p.first())), p.last());
        case 3 -> p = with(p, p.last(), p.first());
        case 4 -> p = new Person(p.first(), p.last(), "", p.phoneDigits(), p.country(), p.birth(), p.number(),
            p.streetName(), p.streetType(), p.city(), p.postcode());
        case 5 -> p = new Person(p.first(), p.last(), p.email(), "", p.country(), p.birth(), p.number(),
            p.streetName(), p.streetType(), p.city(), p.postcode());
        case 6 -> p = new Person(p.first(), p.last(), p.email(), p.phoneDigits(), p.country(), null, p.number(),
            p.streetName(), p.streetType(), p.city(), p.postcode());
        case 7 -> p = new Person(p.first(), p.last(), p.email(), p.phoneDigits(), p.country(), p.birth(), 0, "", "",
            p.city(), "");
        case 8 -> p = new Person(p.first(), p.last(), email(p.first(), p.last(), true), p.phoneDigits(), p.country(),
            p.birth(), p.number(), p.streetName(), p.streetType(), p.city(), p.postcode());
        case 9 -> p = new Person(p.first(), p.last(), p.email().isEmpty() ? "" : typo(p.email()), p.phoneDigits(),
            p.country(), p.birth(), p.number(), p.streetName(), p.streetType(), p.city(), p.postcode());
        case 10 -> p = new Person(p.first(), p.last(), p.email(), p.phoneDigits(), p.country(), birthError(p.birth()),
            p.number(), p.streetName(), p.streetType(), p.city(), p.postcode());
        case 11 -> p = new Person(p.first(), p.last(), p.email(), p.phoneDigits(), p.country(), p.birth(), p.number(),
            p.streetName().isEmpty() ? "" : typo(p.streetName()), ABBREVIATIONS.getOrDefault(p.streetType(), ""),
            p.city(), p.postcode());
        default -> p = new Person(p.first(), p.last(), p.email(), p.phoneDigits(), p.country(), p.birth(),
            1 + random.nextInt(300), streets[random.nextInt(streets.length)],
            STREET_TYPES[random.nextInt(STREET_TYPES.length)], pick(towns, townWeights), postcode(p.country()));
      }
    }
    return p;
  }

  private static Person with(Person p, String first, String last) {
    return new Person(first, last, p.email(), p.phoneDigits(), p.country(), p.birth(), p.number(), p.streetName(),
        p.streetType(), p.city(), p.postcode());
  }

  private Map<String, String> values(Person p) {
    Map<String, String> values = new LinkedHashMap<>();
    boolean capitals = random.nextInt(100) < 5;
    values.put("first_name", capitals ? p.first().toUpperCase(Locale.ROOT) : p.first());
    values.put("last_name", capitals ? p.last().toUpperCase(Locale.ROOT) : p.last());
    values.put("email", random.nextInt(100) < 10 ? p.email().toUpperCase(Locale.ROOT) : p.email());
    values.put("phone", p.phoneDigits().isEmpty() ? "" : written(p.phoneDigits(), p.country()));
    values.put("country", p.country());
    LocalDate birth = p.birth();
    values.put("date_of_birth", birth == null ? "" : written(birth));
    values.put("street", p.streetName().isEmpty() ? "" : p.number() + " " + p.streetName() + " " + p.streetType());
    values.put("city", p.city());
    values.put("postcode", p.postcode());
    return values;
  }

  /** National significant digits of a mobile number valid in the country. */
  private String phone(String country) {
    while (true) {
      String digits = switch (country) {
        case "GB" -> "7" + (new String[] {"4", "5", "7", "8", "9"})[random.nextInt(5)] + digits(8);
        case "US" -> US_AREAS[random.nextInt(US_AREAS.length)] + (2 + random.nextInt(8)) + digits(6);
        default -> "15" + (new String[] {"1", "2", "7"})[random.nextInt(3)] + digits(8);
      };
      if (PhoneNormaliser.parse("+" + callingCode(country) + digits, country).isPresent()) {
        return digits;
      }
    }
  }

  private String written(String digits, String country) {
    String code = callingCode(country);
    int style = random.nextInt(4);
    return switch (country) {
      case "US" -> switch (style) {
        case 0 -> "+1 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
        case 1 -> "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
        case 2 -> digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        default -> "+1-" + digits.substring(0, 3) + "-" + digits.substring(3);
      };
      default -> switch (style) {
        case 0 -> "+" + code + " " + digits.substring(0, 4) + " " + digits.substring(4);
        case 1 -> "0" + digits.substring(0, 4) + " " + digits.substring(4);
        case 2 -> "00" + code + digits;
        default -> "0" + digits.substring(0, 4) + "-" + digits.substring(4, 7) + "-" + digits.substring(7);
      };
    };
  }

  private static String callingCode(String country) {
    return switch (country) {
      case "GB" -> "44";
      case "US" -> "1";
      default -> "49";
    };
  }

  private String written(LocalDate date) {
    return switch (random.nextInt(4)) {
      case 0, 1 -> date.toString();
      case 2 -> String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
      default -> String.format(Locale.ROOT, "%d.%d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    };
  }

  private @Nullable LocalDate birthError(@Nullable LocalDate birth) {
    if (birth == null) {
      return null;
    }
    if (random.nextBoolean() && birth.getDayOfMonth() <= 12 && birth.getDayOfMonth() != birth.getMonthValue()) {
      return LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
    }
    LocalDate typo = switch (random.nextInt(3)) {
      case 0 -> birth.plusDays(random.nextBoolean() ? 1 : -1);
      case 1 -> birth.plusYears(random.nextBoolean() ? 1 : -1);
      default -> birth.plusMonths(random.nextBoolean() ? 1 : -1);
    };
    return typo;
  }

  private String email(String first, String last, boolean digits) {
    String local = ascii(first) + (new String[] {".", "_", ""})[random.nextInt(3)] + ascii(last)
        + (digits ? Integer.toString(random.nextInt(1_000)) : "");
    return local + "@" + FREE_MAIL[random.nextInt(FREE_MAIL.length)];
  }

  private static String ascii(String name) {
    return Folding.matchingForm(name).replace(" ", "");
  }

  private String postcode(String country) {
    if (!country.equals("GB")) {
      return String.format(Locale.ROOT, "%05d", 1_000 + random.nextInt(98_000));
    }
    String letters = "ABCDEFGHJKLMNPRSTUWXYZ";
    return "" + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()))
        + (1 + random.nextInt(20)) + " " + random.nextInt(10) + letters.charAt(random.nextInt(letters.length()))
        + letters.charAt(random.nextInt(letters.length()));
  }

  private String typo(String text) {
    if (text.length() < 2) {
      return text + (char) ('a' + random.nextInt(26));
    }
    int at = random.nextInt(text.length() - 1);
    char letter = (char) ('a' + random.nextInt(26));
    return switch (random.nextInt(4)) {
      case 0 -> text.substring(0, at) + letter + text.substring(at + 1);
      case 1 -> text.substring(0, at) + text.substring(at + 1);
      case 2 -> text.substring(0, at) + letter + text.substring(at);
      default -> text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
    };
  }

  private String digits(int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }

  private String pick(String[] values, double[] cumulative) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = Arrays.binarySearch(cumulative, x);
    return values[at >= 0 ? at : Math.min(values.length - 1, -at - 1)];
  }

  private String[] names(List<String> real, int total, int syllables) {
    Set<String> names = new LinkedHashSet<>(real);
    String[] made = made(total, syllables, "");
    for (String name : made) {
      if (names.size() >= total) {
        break;
      }
      names.add(name);
    }
    return names.toArray(String[]::new);
  }

  private String[] made(int total, int syllables, String suffix) {
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < total) {
      StringBuilder name = new StringBuilder();
      int parts = syllables + random.nextInt(2);
      for (int s = 0; s < parts; s++) {
        name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
      names.add(name + suffix);
    }
    return names.toArray(String[]::new);
  }

  private static double[] zipf(int n, double exponent) {
    double[] cumulative = new double[n];
    double sum = 0;
    for (int rank = 1; rank <= n; rank++) {
      sum += Math.pow(rank, -exponent);
      cumulative[rank - 1] = sum;
    }
    return cumulative;
  }
}

package io.crmkit.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Made-up contacts and the accounts some of them work at, as CSV files in crmkit's import columns:
 * the same files for the same seed, row count and account count, on any machine.
 *
 * <p>A contact has a first and last name, a unique e-mail address, a phone number in international
 * form written as people write it ({@code +44 20 7946 0123}, which the import normalises), and
 * mostly a job title; about a third work at one of the accounts and name it by its web domain, so
 * the import looks the account up. Some job titles hold a comma and are quoted, as a spreadsheet
 * writes them. The accounts file holds each account's name, domain, industry and size.
 */
public final class SampleContacts {
  /** The columns of the contacts file, in order: the canonical column names of crmkit's import. */
  public static final List<String> CONTACT_COLUMNS =
      List.of("first_name", "last_name", "job_title", "email", "phone", "account_domain");

  /** The columns of the accounts file, in order. */
  public static final List<String> ACCOUNT_COLUMNS = List.of("name", "domain", "industry", "size");

  /** The most accounts with distinct domains the names make. */
  public static final int MAX_ACCOUNTS = 2_000;

  /** The share of contacts that name an account by its domain, in percent. */
  static final int PERCENT_WITH_ACCOUNT = 35;

  private static final List<String> FIRST_NAMES = List.of(
      "Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Tim", "Hedy", "Dennis", "Barbara",
      "Ken", "Frances", "John", "Radia", "Edsger", "Sophie", "Niklaus", "Shafi", "Donald", "Lynn",
      "Yukihiro", "Anita", "Bjarne", "Jean", "Guido", "Karen", "James", "Adele", "Leslie", "Mary",
      "Ivan", "Carol", "Tony", "Evelyn", "Fernando", "Annie", "Chen", "Priya", "Mohammed", "Fatima",
      "Olga", "Lars", "Ingrid", "Mateo", "Lucía", "Kwame", "Amara", "Hiroshi", "Aiko", "Noah",
      "Emma", "Liam", "Olivia", "Lukas", "Mia", "Jonas", "Léa", "Hugo", "Zoë", "Björn");

  private static final List<String> LAST_NAMES = List.of(
      "Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton", "Berners-Lee", "Lamarr",
      "Ritchie", "Liskov", "Thompson", "Allen", "McCarthy", "Perlman", "Dijkstra", "Wilson", "Wirth",
      "Goldwasser", "Knuth", "Conway", "Matsumoto", "Borg", "Stroustrup", "Sammet", "van Rossum",
      "Spärck Jones", "Gosling", "Goldberg", "Lamport", "Kenneth", "Sutherland", "Shaw", "Hoare",
      "Berry", "Corbató", "Easley", "Wang", "Sharma", "Al-Farsi", "Haddad", "Ivanova", "Nilsson",
      "Berg", "García", "Fernández", "Mensah", "Okafor", "Tanaka", "Sato", "O'Brien", "Müller",
      "Schmidt", "Dubois", "Rossi", "Kowalski", "Novak", "Jansen", "de Vries", "Andersen", "Costa");

  private static final List<String> JOB_TITLES = List.of(
      "Account Executive", "Sales Manager", "VP of Sales", "Head of Marketing", "Marketing Manager",
      "Chief Executive Officer", "Chief Technology Officer", "CFO", "Software Engineer",
      "Senior Software Engineer", "Product Manager", "Procurement Lead", "Office Manager",
      "Customer Success Manager", "Director, Customer Success", "Head of IT", "IT Administrator",
      "Operations Manager", "Director, Finance and Operations", "Data Analyst", "Founder",
      "Purchasing Agent", "HR Business Partner", "Solutions Architect", "Consultant");

  private static final List<String> PERSONAL_DOMAINS =
      List.of("gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "icloud.com", "proton.me", "gmx.net");

  private static final List<String> COMPANY_WORDS = List.of(
      "North", "Blue", "River", "Summit", "Iron", "Bright", "Harbor", "Cedar", "Atlas", "Nova",
      "Silver", "Pine", "Granite", "Swift", "Crescent", "Maple", "Orbit", "Beacon", "Falcon", "Golden");

  private static final List<String> COMPANY_NOUNS = List.of(
      "Logistics", "Analytics", "Foods", "Systems", "Labs", "Energy", "Health", "Media", "Works",
      "Robotics", "Textiles", "Software", "Finance", "Outdoor", "Pharma");

  private static final List<String> LEGAL_FORMS = List.of("Ltd", "GmbH", "Inc.", "SAS", "B.V.", "AB", "");

  private static final List<String> TOP_LEVEL_DOMAINS = List.of("com", "io", "de", "co.uk", "fr", "nl", "se");

  private static final List<String> INDUSTRIES = List.of(
      "Logistics", "Software", "Food and Beverage", "Energy", "Healthcare", "Media", "Manufacturing",
      "Financial Services", "Retail", "Pharmaceuticals");

  /** Country codes and the digits of a national number after them, for numbers of several countries. */
  private static final List<String[]> PHONE_PLANS = List.of(
      new String[] {"+44", "20 7946 ", "4"}, new String[] {"+49", "30 901820", "2"},
      new String[] {"+1", "415 555 ", "4"}, new String[] {"+33", "1 70 18 ", "4"},
      new String[] {"+31", "20 794 ", "4"}, new String[] {"+46", "8 505 ", "5"});

  private final long seed;
  private final int accounts;

  /**
   * Samples made from a seed.
   *
   * @param seed the seed of every random choice
   * @param accounts how many accounts the contacts work at, at least 1 and at most
   *     {@value #MAX_ACCOUNTS}
   * @throws IllegalArgumentException when the number of accounts is out of range
   */
  public SampleContacts(long seed, int accounts) {
    if (accounts < 1 || accounts > MAX_ACCOUNTS) {
      throw new IllegalArgumentException("accounts must be 1 to " + MAX_ACCOUNTS + ", not " + accounts);
    }
    this.seed = seed;
    this.accounts = accounts;
  }

  /** The web domains of the accounts, in the order of the accounts file, each distinct. */
  public List<String> accountDomains() {
    List<String> domains = new ArrayList<>(accounts);
    for (Account account : accountList()) {
      domains.add(account.domain());
    }
    return domains;
  }

  /** Writes the accounts file, UTF-8, with a header line and one line per account. */
  public void writeAccounts(OutputStream out) {
    try {
      Writer writer = writer(out);
      line(writer, ACCOUNT_COLUMNS);
      for (Account account : accountList()) {
        line(writer, List.of(account.name(), account.domain(), account.industry(), Integer.toString(account.size())));
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the contacts file, UTF-8, with a header line and one line per contact; every e-mail
   * address differs from the others, so an import creates every row.
   *
   * @param rows how many contacts, 0 or more
   * @return how many contacts were written, and how many of them name an account
   */
  public Written writeContacts(OutputStream out, int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be 0 or more, not " + rows);
    }
    List<String> domains = accountDomains();
    SplittableRandom random = new SplittableRandom(seed);
    int withAccount = 0;
    try {
      Writer writer = writer(out);
      line(writer, CONTACT_COLUMNS);
      for (int row = 1; row <= rows; row++) {
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        String title = random.nextInt(100) < 85 ? pick(random, JOB_TITLES) : "";
        String account = random.nextInt(100) < PERCENT_WITH_ACCOUNT ? pick(random, domains) : "";
        withAccount += account.isEmpty() ? 0 : 1;
        String mailDomain = account.isEmpty() ? pick(random, PERSONAL_DOMAINS) : account;
        // the row number keeps every address distinct, as a real list's addresses are
        String email = slug(first) + "." + slug(last) + row + "@" + mailDomain;
        String phone = random.nextInt(100) < 90 ? phone(random) : "";
        line(writer, List.of(first, last, title, email, phone, account));
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Written(rows, withAccount);
  }

  private List<Account> accountList() {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    LinkedHashSet<String> domains = new LinkedHashSet<>();
    List<Account> list = new ArrayList<>(accounts);
    while (list.size() < accounts) {
      String word = pick(random, COMPANY_WORDS);
      String noun = pick(random, COMPANY_NOUNS);
      String tld = pick(random, TOP_LEVEL_DOMAINS);
      String domain = slug(word + noun) + "." + tld;
      if (!domains.add(domain)) {
        continue;
      }
      String form = pick(random, LEGAL_FORMS);
      String name = word + " " + noun + (form.isEmpty() ? "" : " " + form);
      list.add(new Account(name, domain, pick(random, INDUSTRIES), 5 + random.nextInt(5_000)));
    }
    return list;
  }

  private static String phone(SplittableRandom random) {
    String[] plan = PHONE_PLANS.get(random.nextInt(PHONE_PLANS.size()));
    int digits = Integer.parseInt(plan[2]);
    StringBuilder number = new StringBuilder(plan[0]).append(' ').append(plan[1]);
    for (int i = 0; i < digits; i++) {
      number.append((char) ('0' + random.nextInt(10)));
    }
    return number.toString();
  }

  /** A name as the local part of an address writes it: lower case ASCII letters and hyphens. */
  private static String slug(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
  }

  private static <T> T pick(SplittableRandom random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Writes one CSV line, quoting the fields that hold a comma, a quote or a line end (RFC 4180). */
  private static void line(Writer writer, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      String field = fields.get(i);
      if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
          || field.indexOf('\r') >= 0) {
        writer.write('"');
        writer.write(field.replace("\"", "\"\""));
        writer.write('"');
      } else {
        writer.write(field);
      }
    }
    writer.write("\r\n");
  }

  /**
   * What a contacts file holds.
   *
   * @param contacts the contacts (data lines)
   * @param withAccount the contacts that name an account by its domain
   */
  public record Written(int contacts, int withAccount) {}

  private record Account(String name, String domain, String industry, int size) {}
}

package io.crmkit.examples.demo;

import io.crmkit.core.support.CaseType;
import java.util.List;
import java.util.Random;

/**
 * The small built-in word lists the sample company's people, companies and records are made from:
 * no external data, so a seed gives the same names on every machine.
 */
final class SampleNames {
  static final List<String> FIRST_NAMES = List.of(
      "Anna", "Ben", "Chloe", "Daniel", "Eva", "Felix", "Grace", "Hugo", "Ines", "Jonas", "Katrin", "Liam",
      "Maya", "Noah", "Olivia", "Pablo", "Quinn", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wim", "Xenia",
      "Yusuf", "Zoe", "Amelie", "Bruno", "Clara", "David", "Elena", "Finn", "Giulia", "Hannah", "Ivan", "Julia",
      "Karim", "Laura", "Marco", "Nina", "Oskar", "Priya", "Rafael", "Sofia", "Tom", "Ulla", "Victor", "Wanda",
      "Aylin", "Lucas", "Emma", "Mateo", "Leonie", "Arjun", "Sara", "Jakob", "Mila", "Henrik", "Ada", "Lena");

  static final List<String> LAST_NAMES = List.of(
      "Berg", "Carter", "Martin", "Kim", "Jansen", "Schneider", "Okafor", "Rossi", "Dubois", "Novak", "Lindqvist",
      "Garcia", "Fischer", "Moreau", "de Vries", "Kowalski", "Nguyen", "Hughes", "Bauer", "Lopez", "Andersson",
      "Patel", "Weber", "Bianchi", "Laurent", "Visser", "Walsh", "Hoffmann", "Romano", "Eriksson", "Fernandez",
      "Wagner", "Bakker", "Murphy", "Keller", "Conti", "Lefebvre", "Nilsson", "Silva", "Wolf", "Jensen", "Brown",
      "Meyer", "Costa", "Girard", "Smit", "Kaya", "Sato", "Mendes", "Richter");

  static final List<String> JOB_TITLES = List.of(
      "Head of Analytics", "Data Engineer", "CFO", "CTO", "VP Sales", "Operations Manager", "BI Analyst",
      "Head of IT", "Marketing Director", "Procurement Manager", "COO", "Data Scientist", "IT Manager",
      "Head of Finance", "Product Manager");

  /** The first part of a company name; also the start of its domain. */
  static final List<String> COMPANY_WORDS = List.of(
      "North", "Blue", "Silver", "Atlas", "Granite", "Harbor", "Summit", "Nova", "Pioneer", "Cedar", "Falcon",
      "Orion", "Vertex", "Maple", "Quantum", "Crescent", "Riverstone", "Evergreen", "Ironwood", "Lumen",
      "Alder", "Beacon", "Copper", "Delta", "Ember");

  /** The second part of a company name, with the industry it says. */
  static final List<Trade> TRADES = List.of(
      new Trade("Logistics", "Transport and logistics"), new Trade("Foods", "Food and beverage"),
      new Trade("Retail", "Retail"), new Trade("Health", "Healthcare"), new Trade("Energy", "Energy"),
      new Trade("Labs", "Biotechnology"), new Trade("Systems", "Software"), new Trade("Textiles", "Manufacturing"),
      new Trade("Pharma", "Pharmaceuticals"), new Trade("Finance", "Financial services"),
      new Trade("Insurance", "Insurance"), new Trade("Motors", "Automotive"), new Trade("Media", "Media"),
      new Trade("Travel", "Travel and hospitality"), new Trade("Robotics", "Manufacturing"));

  /** Free mail providers of consumers who sign up without a company. */
  static final List<String> MAIL_PROVIDERS = List.of("gmail.com", "outlook.com", "web.de", "yahoo.com", "gmx.net");

  /** What customers write to support about, with the kind of case it is. */
  static final List<CaseTopic> CASE_TOPICS = List.of(
      new CaseTopic("Dashboard does not load", CaseType.PROBLEM), new CaseTopic("Cannot import CSV file", CaseType.PROBLEM),
      new CaseTopic("Report shows wrong totals", CaseType.PROBLEM), new CaseTopic("SSO login fails", CaseType.INCIDENT),
      new CaseTopic("Scheduled export did not run", CaseType.INCIDENT),
      new CaseTopic("Slow queries on large data sets", CaseType.PROBLEM),
      new CaseTopic("How do I share a dashboard?", CaseType.QUESTION),
      new CaseTopic("Connector to the warehouse times out", CaseType.INCIDENT),
      new CaseTopic("User cannot reset password", CaseType.QUESTION),
      new CaseTopic("Dark mode for charts", CaseType.FEATURE_REQUEST),
      new CaseTopic("API rate limit reached", CaseType.QUESTION),
      new CaseTopic("Add a field to the sales report", CaseType.FEATURE_REQUEST),
      new CaseTopic("Invoice address change", CaseType.QUESTION),
      new CaseTopic("Data refresh stuck at 90%", CaseType.INCIDENT),
      new CaseTopic("Export of the audit log", CaseType.FEATURE_REQUEST));

  static final List<String> LOST_REASONS = List.of(
      "Price too high", "Chose a competitor", "No decision", "Budget cut", "Missing feature", "Timing");

  /** A subject of a support case and the type of case it is. */
  record CaseTopic(String subject, CaseType type) {}

  /** A word for the kind of company and the industry it stands for. */
  record Trade(String word, String industry) {}

  private SampleNames() {}

  /** One element of a list, chosen by the random source. */
  static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}

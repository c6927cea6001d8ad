package io.crmkit.examples.cli;

import io.crmkit.scoring.predictive.ModelTrainer;
import io.crmkit.scoring.predictive.bayes.NaiveBayesTrainer;
import io.crmkit.scoring.predictive.logistic.LogisticRegressionTrainer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The predictive models {@code crm score evaluate} trains, by their names on the command line. */
enum PredictiveModelKind {
  /** Naive Bayes over field-value frequencies, as Odoo CRM scores leads; numbers cut into ten ranges. */
  BAYES("bayes", "naive Bayes") {
    @Override
    ModelTrainer trainer() {
      return NaiveBayesTrainer.defaults();
    }
  },
  /** L2-regularised logistic regression over standardised numbers and one-hot categories. */
  LOGISTIC("logistic", "logistic regression") {
    @Override
    ModelTrainer trainer() {
      return LogisticRegressionTrainer.defaults();
    }
  };

  private final String key;
  private final String label;

  PredictiveModelKind(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The name on the command line: {@code bayes}. */
  String key() {
    return key;
  }

  /** What a person calls the model: {@code naive Bayes}. */
  String label() {
    return label;
  }

  /** The trainer, with its default settings. */
  abstract ModelTrainer trainer();

  /** Reads a model's name on the command line and lists the names for the help. */
  static final class Name implements ITypeConverter<PredictiveModelKind>, Iterable<String> {
    /** Makes the converter; picocli calls it. */
    Name() {}

    @Override
    public PredictiveModelKind convert(String value) {
      String key = value.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst()
          .orElseThrow(() -> new TypeConversionException(
              "no model '" + value + "': choose " + String.join(", ", this)));
    }

    /** The names, for {@code ${COMPLETION-CANDIDATES}} in the help. */
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(PredictiveModelKind::key).iterator();
    }
  }
}

package io.crmkit.identity.block;

import io.crmkit.core.CrmValidationException;
import java.util.Optional;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * One part of a blocking key: a field's matching form, or something derived from it (its first
 * letters, its Soundex code). A record whose field is missing, or gives no code, has no key.
 */
public sealed interface KeyPart {

  /** The record field the part reads. */
  String field();

  /** The part of the key made from the field's matching form, or empty when it gives none. */
  Optional<String> key(String matchingForm);

  /** A short label such as {@code surname[0:2]}. */
  String label();

  /** The whole matching form of a field. */
  static KeyPart exact(String field) {
    return new Exact(field);
  }

  /**
   * The first {@code length} characters of a field (all of it when shorter).
   *
   * @throws CrmValidationException naming {@code keyPart.length} (rule {@code range}) unless 1 or more
   */
  static KeyPart prefix(String field, int length) {
    return new Prefix(field, length);
  }

  /** The Soundex code of a field's first word (letters only; none when it has no letter). */
  static KeyPart soundex(String field) {
    return new Soundex(field);
  }

  /** The primary Double Metaphone code of a field, spaces removed. */
  static KeyPart metaphone(String field) {
    return new Metaphone(field);
  }

  /**
   * A field's whole matching form.
   *
   * @param field the field
   */
  record Exact(String field) implements KeyPart {
    /** Checks the field. */
    public Exact {
      field = CrmValidationException.requiredText("keyPart.field", field);
    }

    @Override
    public Optional<String> key(String matchingForm) {
      return Optional.of(matchingForm);
    }

    @Override
    public String label() {
      return field;
    }
  }

  /**
   * A field's first characters.
   *
   * @param field the field
   * @param length how many characters, 1 or more
   */
  record Prefix(String field, int length) implements KeyPart {
    /** Checks the field and the length. */
    public Prefix {
      field = CrmValidationException.requiredText("keyPart.field", field);
      if (length < 1) {
        throw CrmValidationException.of("keyPart.length", "range", length, "1 or more characters");
      }
    }

    @Override
    public Optional<String> key(String matchingForm) {
      int end = Math.min(length, matchingForm.length());
      if (end > 0 && Character.isHighSurrogate(matchingForm.charAt(end - 1)) && end < matchingForm.length()) {
        end++;
      }
      return Optional.of(matchingForm.substring(0, end));
    }

    @Override
    public String label() {
      return field + "[0:" + length + "]";
    }
  }

  /**
   * A field's Soundex code.
   *
   * @param field the field
   */
  record Soundex(String field) implements KeyPart {
    private static final org.apache.commons.codec.language.Soundex SOUNDEX = org.apache.commons.codec.language.Soundex.US_ENGLISH;

    /** Checks the field. */
    public Soundex {
      field = CrmValidationException.requiredText("keyPart.field", field);
    }

    @Override
    public Optional<String> key(String matchingForm) {
      int space = matchingForm.indexOf(' ');
      String word = space < 0 ? matchingForm : matchingForm.substring(0, space);
      try {
        String code = SOUNDEX.soundex(word);
        return code == null || code.isEmpty() ? Optional.empty() : Optional.of(code);
      } catch (IllegalArgumentException e) {
        return Optional.empty(); // a letter Soundex does not map
      }
    }

    @Override
    public String label() {
      return "soundex(" + field + ")";
    }
  }

  /**
   * A field's primary Double Metaphone code.
   *
   * @param field the field
   */
  record Metaphone(String field) implements KeyPart {
    /** Checks the field. */
    public Metaphone {
      field = CrmValidationException.requiredText("keyPart.field", field);
    }

    @Override
    public Optional<String> key(String matchingForm) {
      String code = new DoubleMetaphone().doubleMetaphone(matchingForm.replace(" ", ""));
      return code == null || code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    @Override
    public String label() {
      return "metaphone(" + field + ")";
    }
  }
}

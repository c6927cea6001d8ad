package io.crmkit.core.json;

/** Where codecs are handed over, each with the type it writes and reads. */
interface Registry {
  /** Registers the codec of {@code type}. */
  <T> void add(Class<T> type, Codec<T> codec);
}

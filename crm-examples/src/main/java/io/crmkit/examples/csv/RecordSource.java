package io.crmkit.examples.csv;

import java.io.IOException;
import java.util.Optional;

/**
 * The records of a file, before their fields mean anything: the first is the header naming the
 * columns, every later one a data row with its fields in the header's order.
 */
interface RecordSource {
  /**
   * The next record, or empty at the end of the file. Bad content is recorded on the record, never
   * thrown.
   *
   * @throws IOException when the stream fails
   */
  Optional<CsvRecord> next() throws IOException;
}

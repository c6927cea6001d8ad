package io.crmkit.examples.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Decodes UTF-8 one character at a time and reports a malformed byte sequence where it occurs
 * instead of replacing it: {@link #read()} returns {@link #MALFORMED} in its place and
 * {@link #malformedBytes()} names the bytes. Decoding goes on after it, so a reader can report every
 * bad line of a file. A byte order mark is passed on like any other character.
 */
final class StrictUtf8Reader {
  /** Returned by {@link #read()} at the end of the input. */
  static final int END = -1;

  /** Returned by {@link #read()} in place of a malformed byte sequence. */
  static final int MALFORMED = -2;

  private static final int BUFFER_SIZE = 8192;

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE);
  private boolean endOfBytes;
  private boolean finished;
  private String pendingMalformed = "";
  private String lastMalformed = "";

  StrictUtf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
    bytes.flip();
    chars.flip();
  }

  /**
   * The next UTF-16 code unit, {@link #END} at the end of the input, or {@link #MALFORMED} in place
   * of a byte sequence that is not UTF-8.
   *
   * @throws IOException when the underlying stream fails
   */
  int read() throws IOException {
    while (true) {
      if (chars.hasRemaining()) {
        return chars.get();
      }
      if (!pendingMalformed.isEmpty()) {
        lastMalformed = pendingMalformed;
        pendingMalformed = "";
        return MALFORMED;
      }
      if (finished) {
        return END;
      }
      fill();
    }
  }

  /** The bytes of the last malformed sequence read, in hex: {@code 0xE9}, {@code 0xC3 0x28}. */
  String malformedBytes() {
    return lastMalformed;
  }

  private void fill() throws IOException {
    chars.clear();
    while (true) {
      CoderResult result = decoder.decode(bytes, chars, endOfBytes);
      if (result.isError()) {
        pendingMalformed = hex(result.length());
        break;
      }
      if (result.isOverflow() || chars.position() > 0) {
        break;
      }
      if (endOfBytes) {
        decoder.flush(chars);
        finished = true;
        break;
      }
      readMoreBytes();
    }
    chars.flip();
  }

  private void readMoreBytes() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfBytes = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /** Skips {@code length} bytes of the input and returns them in hex. */
  private String hex(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(String.format(Locale.ROOT, "0x%02X", bytes.get() & 0xFF));
    }
    return text.toString();
  }
}

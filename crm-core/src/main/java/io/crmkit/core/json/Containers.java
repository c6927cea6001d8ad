package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Codecs of JSON arrays and of objects used as maps; every failure inside names its index or key. */
final class Containers {
  private Containers() {}

  /** A JSON array of values, in order; a null element is refused as the element codec refuses it. */
  static <V> Codec<List<V>> list(Codec<V> element) {
    return new Codec<>() {
      @Override
      public void write(List<V> values, JsonGenerator out) throws IOException {
        out.writeStartArray();
        for (V v : values) {
          element.write(v, out);
        }
        out.writeEndArray();
      }

      @Override
      public List<V> read(JsonParser in) throws IOException {
        return Collections.unmodifiableList(readElements(in, element, false));
      }
    };
  }

  /** A JSON array of distinct values, in order; a repeated element is refused. */
  static <V> Codec<Set<V>> set(Codec<V> element) {
    return new Codec<>() {
      @Override
      public void write(Set<V> values, JsonGenerator out) throws IOException {
        out.writeStartArray();
        for (V v : values) {
          element.write(v, out);
        }
        out.writeEndArray();
      }

      @Override
      public Set<V> read(JsonParser in) throws IOException {
        return Collections.unmodifiableSet(new LinkedHashSet<>(readElements(in, element, true)));
      }
    };
  }

  /** A JSON object whose property names are keys, in order; a repeated key is refused. */
  static <V> Codec<Map<String, V>> map(Codec<V> value) {
    return new Codec<>() {
      @Override
      public void write(Map<String, V> values, JsonGenerator out) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, V> e : values.entrySet()) {
          out.writeFieldName(e.getKey());
          value.write(e.getValue(), out);
        }
        out.writeEndObject();
      }

      @Override
      public Map<String, V> read(JsonParser in) throws IOException {
        Scalars.expect(in, JsonToken.START_OBJECT, "an object");
        Map<String, V> values = new LinkedHashMap<>();
        try {
          for (JsonToken t = in.nextToken(); t != JsonToken.END_OBJECT; t = in.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
              throw Scalars.mismatch("a property name", t);
            }
            String key = in.currentName();
            if (values.containsKey(key)) {
              throw ReadFailure.of("duplicate property").at(key);
            }
            in.nextToken();
            try {
              values.put(key, value.read(in));
            } catch (ReadFailure f) {
              throw f.at(key);
            } catch (StreamReadException e) {
              throw ReadFailure.malformed(e).at(key);
            }
          }
        } catch (StreamReadException e) {
          throw ReadFailure.malformed(e);
        }
        return Collections.unmodifiableMap(values);
      }
    };
  }

  private static <V> List<V> readElements(JsonParser in, Codec<V> element, boolean distinct) throws IOException {
    Scalars.expect(in, JsonToken.START_ARRAY, "an array");
    List<V> values = new ArrayList<>();
    try {
      for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken()) {
        int index = values.size();
        V v;
        try {
          v = element.read(in);
        } catch (ReadFailure f) {
          throw f.at(index);
        } catch (StreamReadException e) {
          throw ReadFailure.malformed(e).at(index);
        }
        if (distinct && values.contains(v)) {
          throw ReadFailure.of("duplicate element").at(index);
        }
        values.add(v);
      }
    } catch (StreamReadException e) {
      throw ReadFailure.malformed(e).at(values.size());
    }
    return values;
  }
}

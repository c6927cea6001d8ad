package io.crmkit.examples.csv;

import io.crmkit.core.Aggregate;
import io.crmkit.core.event.CrmEvent;
import io.crmkit.core.memory.InMemoryCrm;
import io.crmkit.core.memory.SequentialIdGenerator;
import io.crmkit.core.port.AccountRepository;
import io.crmkit.core.port.ActivityRepository;
import io.crmkit.core.port.ContactRepository;
import io.crmkit.core.port.LeadRepository;
import io.crmkit.core.port.OpportunityRepository;
import io.crmkit.core.port.OrderRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An importer on an empty in-memory CRM with a fixed clock and sequential ids ({@code gen-1},
 * {@code gen-2}...), counting every save, so a test can say that nothing was saved.
 */
final class ImportBench {
  /** The instant the bench's clock stands at. */
  static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");

  final InMemoryCrm crm = InMemoryCrm.create();
  private final AtomicInteger saves = new AtomicInteger();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  final ImportPorts ports = new ImportPorts(crm.unitOfWork(), crm.publisher(),
      counting(AccountRepository.class, crm.accounts()), counting(ContactRepository.class, crm.contacts()),
      counting(LeadRepository.class, crm.leads()), counting(OpportunityRepository.class, crm.opportunities()),
      counting(OrderRepository.class, crm.orders()), counting(ActivityRepository.class, crm.activities()));
  final CsvImporter importer =
      new CsvImporter(ports, new SequentialIdGenerator("gen-"), Clock.fixed(NOW, ZoneOffset.UTC));

  /** Imports a CSV text (lines joined by LF) with the default options. */
  ImportReport importCsv(RecordType<?> type, String... lines) {
    return importCsv(type, ImportOptions.defaults(), lines);
  }

  /** Imports a CSV text (lines joined by LF). */
  ImportReport importCsv(RecordType<?> type, ImportOptions options, String... lines) {
    return importBytes(type, options, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Imports raw bytes. */
  ImportReport importBytes(RecordType<?> type, ImportOptions options, byte[] bytes) {
    return importer.importCsv(type, new ByteArrayInputStream(bytes), options);
  }

  /** Exports records to CSV and imports the file. */
  <A extends Aggregate<?>> ImportReport importExported(RecordType<A> type, List<A> records, ImportOptions options) {
    return importBytes(type, options, export(type, records, ExportFormat.CSV));
  }

  /** The records as an export writes them. */
  static <A extends Aggregate<?>> byte[] export(RecordType<A> type, List<A> records, ExportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      RecordExporter.write(type, records, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** How many records the repositories took to save, one by one or in batches, committed or not. */
  int saves() {
    return saves.get();
  }

  /** How many times the importer called a port's method, such as {@code AccountRepository.findByDomain}. */
  int calls(String portAndMethod) {
    AtomicInteger count = calls.get(portAndMethod);
    return count == null ? 0 : count.get();
  }

  /** The events delivered. */
  List<CrmEvent> events() {
    return crm.publisher().published();
  }

  /** Whether nothing was saved and no event published: the store is as it was. */
  boolean untouched() {
    return saves() == 0 && events().isEmpty();
  }

  private <R> R counting(Class<R> port, R repository) {
    Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (self, method, args) -> {
      if (method.getName().equals("save")) {
        saves.incrementAndGet();
      } else if (method.getName().equals("saveAll")) {
        saves.addAndGet(((List<?>) args[0]).size());
      }
      calls.computeIfAbsent(port.getSimpleName() + "." + method.getName(), name -> new AtomicInteger())
          .incrementAndGet();
      try {
        return method.invoke(repository, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
    return port.cast(proxy);
  }
}

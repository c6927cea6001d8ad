/**
 * CSV and JSON Lines import and export of contacts, accounts, leads, opportunities, orders and
 * activities, with the same canonical columns both ways, so that an export imported into an empty
 * store gives equal records. Start at {@link io.crmkit.examples.csv.CsvImporter} and
 * {@link io.crmkit.examples.csv.RecordExporter}; the {@code crm import} and {@code crm export}
 * commands run them on the JDBC store.
 *
 * <pre>{@code
 * CsvImporter importer = new CsvImporter(ImportPorts.of(crm), new RandomIdGenerator(), Clock.systemUTC());
 * ImportReport report = importer.importCsv(RecordType.CONTACTS, in, ImportOptions.defaults()
 *     .withMapping(ColumnMapping.parse(List.of("E-Mail=email")))
 *     .asPartial());
 * report.rejections().forEach(System.out::println);   // line 7, email: invalid: not an address ... (was 'ada at x')
 * RecordExporter.write(RecordType.CONTACTS, contacts, ExportFormat.CSV, out);
 * }</pre>
 *
 * <h2>Reading a file</h2>
 *
 * <ul>
 *   <li><b>CSV</b> as RFC 4180 defines it, read strictly by a reader of this package: fields
 *       separated by commas, records by CRLF or LF; a field holding a comma, quote or line break is
 *       quoted and its quotes doubled. A quote inside an unquoted field, text after a closing quote
 *       and a quote never closed reject the row, naming the line (for an unclosed quote, the line it
 *       opened on). Jackson's CSV module was not used: it keeps a stray quote as text, and its errors
 *       end the parse, whereas an import reports every bad row and goes on.
 *   <li><b>UTF-8</b> only, with or without a byte order mark. A byte sequence that is not UTF-8 (a
 *       file saved as Latin-1 or UTF-16) rejects its row, naming the bytes and the line; nothing is
 *       replaced silently.
 *   <li><b>Limits</b> ({@link io.crmkit.examples.csv.CsvLimits}): a field longer than 64 KiB
 *       characters rejects its row (the rest of it is skipped, not kept); more than 100,000 rows or
 *       512 columns refuse the file. Memory stays bounded whatever the file holds.
 *   <li><b>JSON Lines</b>: one object a line, as the JSON export writes it. The first object's
 *       properties are the header; every object has the same ones. An empty JSON file holds no
 *       records; an empty CSV file lacks its header and is refused.
 *   <li>Empty lines are skipped. The header is line 1; a report names the line a row starts on.
 * </ul>
 *
 * <h2>The header</h2>
 *
 * <p>Column names are compared as {@link io.crmkit.examples.csv.ColumnMapping#key keys}: case,
 * surrounding white space, and spaces or hyphens inside do not matter ({@code First Name} is
 * {@code first_name}). A {@link io.crmkit.examples.csv.ColumnMapping} reads other names as
 * canonical columns ({@code E-Mail=email}) or ignores them ({@code Notes=-}). Before any row is
 * read, the file is refused, with every reason at once, when:
 *
 * <ul>
 *   <li>a column is <b>unknown</b> (neither canonical, nor {@code cf.<name>}, nor mapped). Unknown
 *       columns are refused rather than ignored, as crm-core's JSON refuses unknown properties: a
 *       misspelt {@code emial} would otherwise lose its data without a word. Ignore one with
 *       {@code Name=-}, or all with {@link io.crmkit.examples.csv.ImportOptions#ignoringUnknownColumns()}
 *       ({@code --ignore-unknown-columns}); ignored columns are listed in the report's notes;
 *   <li>a column is named twice, or two columns map to one;
 *   <li>a <b>required column</b> is missing (listed per type below); with the update policy, a
 *       column identifying records is enough ({@link io.crmkit.examples.csv.DuplicatePolicy#UPDATE});
 *   <li>a {@code cf.<name>} column is no custom field name, or not in the schema given.
 * </ul>
 *
 * <h2>Cells</h2>
 *
 * <p>A blank cell is a value left out (the default applies, an optional field is absent, a list is
 * empty). Times are ISO-8601 instants with an offset ({@code 2026-01-05T09:00:00Z}; an export writes
 * UTC), dates ISO-8601 ({@code 2026-03-31}), durations ISO-8601 ({@code PT30M}), decimals with a
 * point and no grouping, enums by name in any case ({@code best case} is {@code BEST_CASE}).
 * <b>List cells</b> hold items separated by {@code ;} (an item's own {@code ;} or {@code \} is
 * escaped with {@code \}). <b>JSON cells</b> hold structured values as crm-core's JSON module writes
 * them ({@code io.crmkit.core.json}), read with its strict rules. Every value is then made through
 * the aggregate's builder, so every rule of the model applies; a refusal names the column, or the
 * model's field when the rule spans columns ({@code contact.name}), and the rule. Ids given are kept;
 * a row without an id gets one from the {@code IdGenerator}. {@code created_at} defaults to the
 * clock's now, {@code updated_at} to now (never before {@code created_at}). Ids of related records
 * are taken as given, not looked up, so that types can be imported in any order.
 *
 * <p><b>Custom fields</b> are {@code cf.<name>} columns. With a
 * {@link io.crmkit.core.customfield.CustomFieldSchema} of the record type they are read by their
 * types and checked (a required field left blank rejects the row); without one they are text.
 *
 * <h2>The columns</h2>
 *
 * <p>In the order an export writes them; required columns in bold, <i>import-only</i> columns
 * (which an export leaves blank) in italics. Duplicates are found by the keys listed, in order.
 *
 * <dl>
 *   <dt>{@code contacts} (Contact; duplicates: id, then any e-mail address)</dt>
 *   <dd>id, first_name, middle_name, last_name, job_title, email (the primary address),
 *       other_emails (list), phone (E.164, or international with separators), other_phones (list),
 *       postal_addresses (JSON array), account_links (JSON array), <i>account_id</i>,
 *       <i>account_domain</i>, <i>account_role</i>, lifecycle_stage (default Lead), owner_id,
 *       consent (JSON array: the ledger), attribution (JSON), created_at, updated_at, cf.*. One of
 *       <b>first_name, last_name, email</b> is required. {@code account_id} or
 *       {@code account_domain} (looked up; the account must exist) adds a primary link, with the
 *       role {@code account_role} or, as a lead conversion does, Household member at a household and
 *       Employee elsewhere.</dd>
 *   <dt>{@code accounts} (Account; duplicates: id, then domain, then name where either has no domain)</dt>
 *   <dd>id, kind (ORGANISATION by default, or HOUSEHOLD), <b>name</b>, domain (a URL is cut to its
 *       domain), industry, size, parent_id, owner_id, created_at, updated_at, cf.*.</dd>
 *   <dt>{@code leads} (Lead; duplicates: id, then e-mail address)</dt>
 *   <dd>id, first_name, last_name, email, phone, job_title, company_name, company_domain, industry,
 *       company_size, <b>lead_source</b>, status (NEW by default), score (0 to 100), campaign_ids
 *       (list), owner_id, attribution (JSON), conversion (JSON, for a converted lead), created_at,
 *       updated_at, cf.*. One of <b>first_name, last_name, email</b> is required.</dd>
 *   <dt>{@code opportunities} (Opportunity; duplicates: id only)</dt>
 *   <dd>id, <b>name</b>, <b>account_id</b>, <b>stage</b> (a default stage by name in any case, or
 *       a stage of the host's as JSON), amount, currency (ISO 4217, required with an amount),
 *       line_items (JSON array), <b>expected_close_date</b>, closed_on, probability (the stage's by
 *       default), forecast_category (the stage's by default), lost_reason, contact_roles (JSON
 *       array), campaign_ids (list), source_lead_id, <b>owner_id</b>, attribution (JSON),
 *       created_at, updated_at, cf.*. One of <b>amount, line_items</b> is required; with line items
 *       the amount is their net total.</dd>
 *   <dt>{@code orders} (Order; duplicates: id, then order number)</dt>
 *   <dd>id, <b>order_number</b>, <b>account_id</b>, contact_id, quote_id, opportunity_id, status
 *       (DRAFT by default), <b>ordered_at</b>, <b>currency</b>, line_items (JSON array), tax_rate
 *       (percent), owner_id, created_at, updated_at, cf.*. An order is one row with its lines in
 *       the {@code line_items} column, not one row per line: one row is one record in every type,
 *       so a line number, a rejection and a partial import always concern one whole order, and no
 *       rule is needed for order cells that disagree between the rows of one order.</dd>
 *   <dt>{@code activities} (Activity; duplicates: id only)</dt>
 *   <dd>id, <b>type</b> (CALL, EMAIL, MEETING, TASK, NOTE), <b>subject</b>, body, due, done_at,
 *       duration, direction (INBOUND, OUTBOUND; calls and e-mails), contact_ids (list), account_id,
 *       lead_id, opportunity_id, case_id, owner_id, created_at, updated_at, cf.*. One of
 *       <b>contact_ids, account_id, lead_id, opportunity_id, case_id</b> is required.</dd>
 * </dl>
 *
 * <h2>Duplicates, modes and events</h2>
 *
 * <p>A row duplicating a stored record (by the keys above) or an earlier row of the file is skipped
 * and reported ({@link io.crmkit.examples.csv.DuplicatePolicy#SKIP}, the default), rejected
 * ({@code FAIL}), or written over the stored record column by column ({@code UPDATE}). Without
 * {@link io.crmkit.examples.csv.ImportOptions#partial()}, one rejected row means nothing is saved;
 * with it the good rows are saved. A dry run checks everything and saves nothing. The rows are
 * saved in one {@code UnitOfWork} (so a JDBC store rolls all of them back on a failure), each with
 * its {@code *Created} or {@code *Changed} event (and {@code ContactLifecycleStageChanged} or
 * {@code OpportunityStageChanged} when an update moves the stage) through the store's publisher, so
 * the outbox and timelines see imports. Rows are checked against the store and saved 1,000 at a
 * time: one {@code saveAll} and one {@code publishAll} per chunk, and for contacts one
 * {@code findByEmails} for the chunk's duplicates, so a JDBC store writes each table once per chunk
 * instead of once per row.
 *
 * <h2>Export</h2>
 *
 * <p>{@link io.crmkit.examples.csv.ExportFormat#CSV} writes the header and a row per record;
 * {@link io.crmkit.examples.csv.ExportFormat#JSON} writes JSON Lines, one object per record with
 * every column (blank as {@code null}, JSON cells as JSON) — JSON Lines rather than one array, so
 * that a file streams, a report's line number is the record's line, and {@code grep} finds a
 * record. Values are written as they are, without escaping a leading {@code =} for spreadsheets,
 * since that would change the value read back.
 */
@NullMarked
package io.crmkit.examples.csv;

import org.jspecify.annotations.NullMarked;

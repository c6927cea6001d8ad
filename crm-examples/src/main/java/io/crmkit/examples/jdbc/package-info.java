/**
 * The JDBC adapter of crm-core's ports, on an embedded H2 database or PostgreSQL: start at
 * {@link io.crmkit.examples.jdbc.JdbcCrm}.
 *
 * <h2>The schema</h2>
 *
 * <p>Flyway migrations under {@code db/migration} make it, portable between H2 and PostgreSQL. Each
 * aggregate has a table ({@code crm_account}, {@code crm_contact}...) with its id as primary key,
 * its version, its creation and change times, the columns its repository looks records up by and
 * the whole aggregate as a JSON document written and read by crm-core's JSON module. A key with
 * several values per record (a contact's e-mail addresses, phone numbers and accounts, an
 * opportunity's contacts, an activity's contacts) has a side table. Keys are stored normalised as
 * the domain normalises them ({@code AccountRepository.nameKey}, {@code Product.normaliseSku}...),
 * so a lookup is an exact match on an index.
 *
 * <p>A contact's e-mail addresses and phone numbers, which arrive in no order, are look-up tables
 * keyed (value, contact id) with no other index (migration 3). Their rows are not inserted by the
 * save that asks for them: the transaction keeps them and inserts them sorted by value before its
 * next read and before its commit, so the database adds them to its index in order (on H2 this
 * made an import of contacts from about 15,000 to about 27,000 rows a second). A read in the
 * transaction sees them; a rollback to a savepoint drops those kept since; a failure to insert
 * them fails the next read or the commit. A contact's rows are deleted by the values it had.
 *
 * <h2>Transactions and concurrency</h2>
 *
 * <p>A unit of work is one connection with auto-commit off, bound to the calling thread, at the
 * database's default isolation (read committed on both); a nested call joins it at a savepoint.
 * A save is an {@code UPDATE ... WHERE id = ? AND version = ?}: when no row matches, the save is
 * refused with a {@link io.crmkit.core.ConcurrentUpdateException} and nothing it wrote is kept. The
 * row it updates stays locked until the transaction ends, so a second transaction saving the same
 * record waits for the first and is then refused: conflicts show at the save, never at the commit.
 *
 * <p>{@code saveAll} writes its batch at one savepoint with a JDBC batch per statement: the
 * inserts, the updates (whose row counts show which version was stale), then each side table's
 * deletes and inserts. A refused batch is rolled back to its savepoint and reported as the first
 * record, in the batch's order, whose version is not the stored one. The outbox takes
 * {@code publishAll} the same way, one JDBC batch of events.
 *
 * <h2>Events: a transactional outbox</h2>
 *
 * <p>A published event is a row of {@code crm_outbox}, written in the transaction that published
 * it, so it is stored if and only if the changes are. After the commit the outbox is relayed: each
 * event not yet relayed is handed to the subscribers in sequence order and then marked relayed. A
 * crash between the commit and the relay loses nothing: the next relay, at the latest when the
 * database is next opened, delivers it. Delivery is at least once (a crash after a subscriber ran
 * and before the mark delivers that event again), so subscribers drop duplicates by event id.
 *
 * <p>A batch job without subscribers, such as {@code crm import}, may open its CRM with
 * {@link io.crmkit.examples.jdbc.JdbcCrm#keepEventsAsHistoryOnly()}: its events are then written
 * as relayed already, the records' history at once, and nothing is read back or marked after the
 * commit.
 *
 * <h2>Ids</h2>
 *
 * <p>Records are keyed by their ids as text. Ids that grow with time, such as those of
 * {@link io.crmkit.examples.jdbc.TimeOrderedIdGenerator} (which {@code crm import} uses), put each
 * new record at the end of the primary key's index and of the side tables keyed by it; random
 * UUIDs put each on a random page, which makes large imports into H2 several times slower.
 *
 * <h2>Connections</h2>
 *
 * <p>Every call outside a transaction takes a connection from the data source and closes it again.
 * The data sources {@code JdbcCrm} makes itself from a URL open a new physical connection each
 * time, which is cheap for the embedded H2 database and costs a few milliseconds on a PostgreSQL
 * server; a host with load hands {@link io.crmkit.examples.jdbc.JdbcCrm#open(javax.sql.DataSource,
 * java.util.function.Consumer[])} a pooled data source of its choice instead.
 */
@NullMarked
package io.crmkit.examples.jdbc;

import org.jspecify.annotations.NullMarked;

package org.vinculo.sales.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.vinculo.core.service.RecordNotFoundException;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;
import org.vinculo.core.storage.DataStore;
import org.vinculo.core.storage.DataStoreException;
import org.vinculo.core.storage.SqlWork;

/**
 * The few JDBC chores every sales service repeats: binding parameters (typed
 * nulls, dates, instants), reading nullable columns, taking generated keys, and
 * giving back the refusals a service throws inside a transaction as they were
 * thrown, whether or not the store wraps them.
 */
final class Sql {

	/** A row mapper that may throw, for {@link #list}. */
	@FunctionalInterface
	interface Row<T> {
		T map(ResultSet rows) throws SQLException;
	}

	private Sql() {
	}

	static <T> T write(DataStore store, SqlWork<T> work) {
		try {
			return store.write(work);
		} catch (DataStoreException e) {
			throw unwrap(e);
		}
	}

	static <T> T read(DataStore store, SqlWork<T> work) {
		try {
			return store.read(work);
		} catch (DataStoreException e) {
			throw unwrap(e);
		}
	}

	/** The service's own refusal when the store wrapped it, otherwise the store's exception. */
	private static RuntimeException unwrap(DataStoreException e) {
		for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ValidationException || cause instanceof StaleRecordException
					|| cause instanceof RecordNotFoundException) {
				return (RuntimeException) cause;
			}
		}
		return e;
	}

	/** Now, to the millisecond: what both Derby and PostgreSQL give back unchanged. */
	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		bind(statement, parameters);
		return statement;
	}

	static int update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters)) {
			return statement.executeUpdate();
		}
	}

	/** Inserts one row and returns its generated ID (the first column of every sales table). */
	static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
			bind(statement, parameters);
			statement.executeUpdate();
			try (ResultSet keys = statement.getGeneratedKeys()) {
				if (!keys.next()) {
					throw new SQLException("No generated key for " + sql); //$NON-NLS-1$
				}
				return keys.getLong(1);
			}
		}
	}

	static <T> List<T> list(Connection connection, String sql, Row<T> row, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rows = statement.executeQuery()) {
			List<T> result = new ArrayList<>();
			while (rows.next()) {
				result.add(row.map(rows));
			}
			return result;
		}
	}

	/** The first row mapped, or {@code null} when there is none. */
	static <T> T first(Connection connection, String sql, Row<T> row, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rows = statement.executeQuery()) {
			return rows.next() ? row.map(rows) : null;
		}
	}

	static long count(Connection connection, String sql, Object... parameters) throws SQLException {
		Long count = first(connection, sql, rows -> rows.getLong(1), parameters);
		return count == null ? 0 : count;
	}

	private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			Object value = parameters[i];
			int index = i + 1;
			switch (value) {
			case null -> statement.setNull(index, statement.getParameterMetaData().getParameterType(index));
			case LocalDate date -> statement.setDate(index, Date.valueOf(date));
			case Instant instant -> statement.setTimestamp(index, Timestamp.from(instant));
			case BigDecimal decimal -> statement.setBigDecimal(index, decimal);
			case Long number -> statement.setLong(index, number);
			case Integer number -> statement.setInt(index, number);
			case Boolean flag -> statement.setBoolean(index, flag);
			case String text -> statement.setString(index, text);
			default -> statement.setObject(index, value);
			}
		}
	}

	static Long nullableLong(ResultSet rows, String column) throws SQLException {
		long value = rows.getLong(column);
		return rows.wasNull() ? null : value;
	}

	static LocalDate date(ResultSet rows, String column) throws SQLException {
		Date date = rows.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	static Instant instant(ResultSet rows, String column) throws SQLException {
		Timestamp timestamp = rows.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** CHAR columns come back padded on PostgreSQL. */
	static String trimmed(ResultSet rows, String column) throws SQLException {
		String value = rows.getString(column);
		return value == null ? null : value.strip();
	}

	/**
	 * {@code (1, 2, 3)} for an IN list of ids; numbers only, so nothing to
	 * escape. Empty, it is {@code (-1)}, which no id matches: Derby refuses
	 * {@code IN (NULL)}.
	 */
	static String in(Collection<Long> ids) {
		return ids.isEmpty() ? "(-1)" //$NON-NLS-1$
				: ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A LIKE pattern matching {@code text} anywhere, with {@code !} as the escape character. */
	static String contains(String text) {
		return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}

	static String trimToNull(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}
}

package org.vinculo.core.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Work a plug-in does on the database's JDBC connection, inside the transaction {@link DataStore} manages. */
@FunctionalInterface
public interface SqlWork<T> {

	T run(Connection connection) throws SQLException;
}

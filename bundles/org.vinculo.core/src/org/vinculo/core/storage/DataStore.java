package org.vinculo.core.storage;

import java.util.List;
import java.util.Map;

/**
 * The open Vinculo database as plug-ins see it: plain JDBC on the same database
 * the core uses, one transaction per call. A plug-in contributes its tables as
 * numbered SQL scripts through the {@code org.vinculo.core.schemaModules}
 * extension point; they are applied in order before this service is offered, so
 * a plug-in's service that references {@code DataStore} finds its tables ready.
 * Write SQL that both Derby and PostgreSQL accept.
 */
public interface DataStore {

	/** Runs {@code work} in one transaction and commits; on any exception rolls back and throws {@link DataStoreException}. */
	<T> T write(SqlWork<T> work);

	/** Runs read-only {@code work} on a connection of its own. */
	<T> T read(SqlWork<T> work);

	/** "Derby" or "PostgreSQL": for the rare statement the two spell differently. */
	String databaseProduct();

	/** Every contributed module, its version and any problem applying its scripts. */
	List<ModuleSchema> modules();

	/**
	 * Announces a change on the Event Admin topic {@code topic} (asynchronously) so
	 * open views refresh; values must be strings, numbers or booleans.
	 */
	void post(String topic, Map<String, ?> properties);
}

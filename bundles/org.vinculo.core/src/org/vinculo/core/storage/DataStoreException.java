package org.vinculo.core.storage;

/** A plug-in's SQL work failed; the transaction was rolled back and nothing was written. */
public class DataStoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public DataStoreException(String message, Throwable cause) {
		super(message, cause);
	}
}

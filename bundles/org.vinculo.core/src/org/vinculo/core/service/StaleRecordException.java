package org.vinculo.core.service;

/**
 * Someone else saved or deleted the record after it was read; nothing was
 * written. Re-read the record, reconcile, and save again.
 */
public class StaleRecordException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Object recordId;

	public StaleRecordException(String message, Object recordId, Throwable cause) {
		super(message, cause);
		this.recordId = recordId;
	}

	public Object getRecordId() {
		return recordId;
	}
}

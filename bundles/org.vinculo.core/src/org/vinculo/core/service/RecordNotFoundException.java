package org.vinculo.core.service;

/** The record the caller refers to does not exist (any more). */
public class RecordNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public RecordNotFoundException(String message) {
		super(message);
	}
}

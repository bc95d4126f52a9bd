package org.vinculo.core.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * vCard 3.0 and 4.0 import and export of persons: names, organization (as an
 * affiliation, with the title as the affiliation's title), emails, phones,
 * addresses and notes. Organizations named in cards are linked when one of the
 * same name exists, created otherwise.
 */
public interface VCardService {

	enum Version {
		V3_0, V4_0
	}

	/**
	 * Imports every card of the file; cards without a usable name are rejected
	 * and reported, the others kept.
	 *
	 * @return a report whose rejections carry the card's number as record and
	 *         the line its BEGIN:VCARD is on
	 */
	ImportReport importCards(Path file, IProgressMonitor monitor) throws IOException;

	/** Writes the persons, with their current affiliations, as cards of {@code version}. */
	void export(Collection<Long> personIds, Path target, Version version, IProgressMonitor monitor) throws IOException;
}

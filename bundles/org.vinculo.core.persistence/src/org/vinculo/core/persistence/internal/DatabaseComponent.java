package org.vinculo.core.persistence.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * Opens the user's database when the first core service is needed and closes it
 * when the framework stops. The embedded Derby database lives in the instance
 * (workspace) location, in {@value #DIRECTORY}; the system property
 * {@value #DIRECTORY_PROPERTY} points elsewhere.
 */
@Component(service = DatabaseComponent.class)
public final class DatabaseComponent {

	static final String DIRECTORY = "vinculo-db"; //$NON-NLS-1$
	public static final String DIRECTORY_PROPERTY = "vinculo.database.dir"; //$NON-NLS-1$

	private final Database database;

	@Activate
	public DatabaseComponent(@Reference(target = "(type=osgi.instance.area)") Location instanceLocation) {
		this.database = Database.openEmbedded(directory(instanceLocation));
	}

	static Path directory(Location instanceLocation) {
		String configured = System.getProperty(DIRECTORY_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		URL url = instanceLocation.getURL();
		if (url == null) {
			return Path.of(System.getProperty("user.home"), ".vinculo", DIRECTORY); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try {
			return Path.of(url.toURI()).resolve(DIRECTORY);
		} catch (URISyntaxException | IllegalArgumentException e) {
			// instance locations are often file: URLs with unescaped spaces
			return Path.of(url.getPath()).resolve(DIRECTORY);
		}
	}

	public Database database() {
		return database;
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setEventAdmin(EventAdmin eventAdmin) {
		database.setEventAdmin(eventAdmin);
	}

	void unsetEventAdmin(EventAdmin eventAdmin) {
		database.setEventAdmin(null);
	}

	@Deactivate
	void close() {
		database.close();
	}
}

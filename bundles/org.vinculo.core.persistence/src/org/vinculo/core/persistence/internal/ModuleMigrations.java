package org.vinculo.core.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.vinculo.core.storage.ModuleSchema;

/**
 * Applies the SQL scripts plug-ins contribute through
 * {@value #EXTENSION_POINT}, after the core schema is current. Each script runs
 * in its own transaction and is recorded in MODULE_SCHEMA. A module whose
 * contribution is malformed or whose script fails stops at its last good
 * version, is logged with its bundle's name, and leaves the rest working.
 */
final class ModuleMigrations {

	static final String EXTENSION_POINT = "org.vinculo.core.schemaModules"; //$NON-NLS-1$

	/** A contributed module as declared; {@code problem} set when the declaration itself is unusable. */
	record Module(String id, String bundle, List<Script> scripts, String problem) {
	}

	record Script(int version, String path, String description) {
	}

	private ModuleMigrations() {
	}

	/** Brings every contributed module up to date; returns where each stands. */
	static List<ModuleSchema> migrate(DataSource dataSource) {
		List<ModuleSchema> result = new ArrayList<>();
		for (Module module : contributed()) {
			result.add(migrate(dataSource, module));
		}
		return result;
	}

	static ModuleSchema migrate(DataSource dataSource, Module module) {
		int latest = module.scripts().isEmpty() ? 0 : module.scripts().get(module.scripts().size() - 1).version();
		if (module.problem() != null) {
			log(module.bundle(), module.problem(), null);
			return new ModuleSchema(module.id(), module.bundle(), 0, latest, module.problem());
		}
		int current = 0;
		try (Connection connection = dataSource.getConnection()) {
			current = currentVersion(connection, module.id());
			if (current > latest) {
				String problem = "Module " + module.id() + " is at schema version " + current //$NON-NLS-1$ //$NON-NLS-2$
						+ ", newer than its plug-in knows (" + latest + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				log(module.bundle(), problem, null);
				return new ModuleSchema(module.id(), module.bundle(), current, latest, problem);
			}
			for (Script script : module.scripts()) {
				if (script.version() > current) {
					apply(connection, module, script);
					current = script.version();
				}
			}
			return new ModuleSchema(module.id(), module.bundle(), current, latest, null);
		} catch (SQLException | IOException | RuntimeException e) {
			String problem = "Tables of module " + module.id() + " could not be brought to version " + latest //$NON-NLS-1$ //$NON-NLS-2$
					+ " (stopped at " + current + "): " + e.getMessage(); //$NON-NLS-1$ //$NON-NLS-2$
			log(module.bundle(), problem, e);
			return new ModuleSchema(module.id(), module.bundle(), current, latest, problem);
		}
	}

	private static int currentVersion(Connection connection, String module) throws SQLException {
		try (PreparedStatement query = connection
				.prepareStatement("SELECT MAX(VERSION) FROM MODULE_SCHEMA WHERE MODULE_ID = ?")) { //$NON-NLS-1$
			query.setString(1, module);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	private static void apply(Connection connection, Module module, Script script) throws SQLException, IOException {
		String text = read(module.bundle(), script.path());
		SchemaMigrations.applyScript(connection, SchemaMigrations.split(text), record -> {
			try (PreparedStatement insert = record.prepareStatement(
					"INSERT INTO MODULE_SCHEMA (MODULE_ID, VERSION, DESCRIPTION, BUNDLE, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
				insert.setString(1, module.id());
				insert.setInt(2, script.version());
				insert.setString(3, truncate(script.description(), 200));
				insert.setString(4, truncate(module.bundle(), 200));
				insert.setTimestamp(5, Timestamp.from(Instant.now()));
				insert.executeUpdate();
			}
		});
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	private static String read(String bundleName, String path) throws IOException {
		Bundle bundle = org.eclipse.core.runtime.Platform.getBundle(bundleName);
		URL url = bundle == null ? null : bundle.getEntry(path);
		if (url == null) {
			throw new IOException("Script " + path + " is missing from bundle " + bundleName); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The contributed modules, each with its scripts in version order, checked for shape. */
	static List<Module> contributed() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		Map<String, String> owners = new HashMap<>();
		List<Module> modules = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("module".equals(element.getName())) { //$NON-NLS-1$
				Module module = read(element);
				String owner = owners.putIfAbsent(module.id(), module.bundle());
				if (owner != null && module.problem() == null) {
					module = new Module(module.id(), module.bundle(), module.scripts(),
							"Module id " + module.id() + " is already contributed by " + owner); //$NON-NLS-1$ //$NON-NLS-2$
				}
				modules.add(module);
			}
		}
		return modules;
	}

	private static Module read(IConfigurationElement element) {
		String bundle = element.getContributor().getName();
		String id = element.getAttribute("id"); //$NON-NLS-1$
		if (id == null || !id.matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*")) { //$NON-NLS-1$
			return new Module(String.valueOf(id), bundle, List.of(),
					"Schema module id must be lower-case words separated by dots: " + id); //$NON-NLS-1$
		}
		List<Script> scripts = new ArrayList<>();
		for (IConfigurationElement child : element.getChildren("script")) { //$NON-NLS-1$
			try {
				scripts.add(new Script(Integer.parseInt(child.getAttribute("version")), child.getAttribute("path"), //$NON-NLS-1$ //$NON-NLS-2$
						String.valueOf(child.getAttribute("description")))); //$NON-NLS-1$
			} catch (NumberFormatException e) {
				return new Module(id, bundle, List.of(), "Script version of module " + id + " is not a number: " //$NON-NLS-1$ //$NON-NLS-2$
						+ child.getAttribute("version")); //$NON-NLS-1$
			}
		}
		scripts.sort(Comparator.comparingInt(Script::version));
		for (int i = 0; i < scripts.size(); i++) {
			if (scripts.get(i).version() != i + 1 || scripts.get(i).path() == null) {
				return new Module(id, bundle, scripts, "Scripts of module " + id //$NON-NLS-1$
						+ " must be numbered 1, 2, 3… without gaps and each name a path"); //$NON-NLS-1$
			}
		}
		return new Module(id, bundle, scripts, null);
	}

	private static void log(String bundle, String message, Throwable error) {
		try {
			ILog.of(ModuleMigrations.class).log(new Status(IStatus.ERROR, bundle, message, error));
		} catch (RuntimeException | LinkageError e) {
			System.err.println(bundle + ": " + message); //$NON-NLS-1$
		}
	}
}

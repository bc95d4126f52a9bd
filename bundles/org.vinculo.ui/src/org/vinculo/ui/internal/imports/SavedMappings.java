package org.vinculo.ui.internal.imports;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.prefs.BackingStoreException;
import org.vinculo.core.exchange.ImportSettings;
import org.vinculo.ui.internal.UiPreferences;

/**
 * Column mappings users saved to import the same kind of file again: each an
 * {@link ImportSettings#encode() encoded} settings text in the UI preferences,
 * under {@value #PREFIX} and its name.
 */
final class SavedMappings {

	static final String PREFIX = "imports.mapping."; //$NON-NLS-1$

	private SavedMappings() {
	}

	/** The names, in the user's alphabetical order. */
	static List<String> names() {
		List<String> names = new ArrayList<>();
		try {
			for (String key : UiPreferences.node().keys()) {
				if (key.startsWith(PREFIX)) {
					names.add(key.substring(PREFIX.length()));
				}
			}
		} catch (BackingStoreException e) {
			ILog.of(SavedMappings.class).error("Could not read the saved import mappings", e); //$NON-NLS-1$
		}
		names.sort(Collator.getInstance());
		return names;
	}

	static Optional<ImportSettings> load(String name) {
		String text = UiPreferences.node().get(PREFIX + name, null);
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(ImportSettings.decode(text));
		} catch (RuntimeException e) {
			ILog.of(SavedMappings.class).warn("Saved import mapping " + name + " cannot be read", e); //$NON-NLS-1$ //$NON-NLS-2$
			return Optional.empty();
		}
	}

	static boolean exists(String name) {
		return UiPreferences.node().get(PREFIX + name, null) != null;
	}

	static void save(String name, ImportSettings settings) {
		UiPreferences.node().put(PREFIX + name, settings.encode());
		UiPreferences.save("import mapping " + name); //$NON-NLS-1$
	}

	static void delete(String name) {
		UiPreferences.node().remove(PREFIX + name);
		UiPreferences.save("import mapping " + name); //$NON-NLS-1$
	}

	/**
	 * Why {@code name} cannot name a mapping, or {@code null}: it must not be
	 * blank, and the preference file would read a slash as a sub-node.
	 */
	static String problem(String name) {
		if (name == null || name.isBlank()) {
			return Messages.Saved_nameEmpty;
		}
		return name.contains("/") ? Messages.Saved_nameSlash : null; //$NON-NLS-1$
	}
}

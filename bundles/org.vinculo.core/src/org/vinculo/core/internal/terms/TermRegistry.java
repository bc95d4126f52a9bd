package org.vinculo.core.internal.terms;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.vinculo.core.terms.TermDefinition;
import org.vinculo.core.terms.TermForms;
import org.vinculo.core.terms.TermForms.Gender;
import org.vinculo.core.terms.TermProblem;
import org.vinculo.core.terms.Terminology;

/**
 * Reads every bundle's terms from the extension registry (following bundles
 * installed or removed at runtime), applies the admin's overrides, and keeps
 * those overrides in a properties file in the workspace.
 */
@Component(service = Terminology.class)
public final class TermRegistry implements Terminology, IRegistryEventListener {

	/** Term ids: dotted lower-case words, e.g. {@code party.organization} or {@code sales.opportunity}. */
	static final Pattern TERM_ID = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+"); //$NON-NLS-1$
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([tg]):([^}]*)\\}"); //$NON-NLS-1$
	private static final String FALLBACK_LANGUAGE = "en"; //$NON-NLS-1$
	static final String OVERRIDES_FILE = "terminology.properties"; //$NON-NLS-1$

	private final IExtensionRegistry registry;
	private final Path overridesFile;
	/** In contribution order; replaced whole on every reload. */
	private volatile Map<String, TermDefinition> definitions = Map.of();
	private volatile List<TermProblem> problems = List.of();
	/** Replaced whole, never changed in place, so a reader sees one consistent set. */
	private volatile Map<String, String> overrides = Map.of();
	private final Object overridesLock = new Object();
	private final Set<String> reportedUnknown = ConcurrentHashMap.newKeySet();
	private volatile EventAdmin eventAdmin;

	@Activate
	public TermRegistry(@Reference IExtensionRegistry registry,
			@Reference(target = "(type=osgi.instance.area)") Location instanceLocation) {
		this(registry, overridesFile(instanceLocation), true);
	}

	private TermRegistry(IExtensionRegistry registry, Path overridesFile, boolean followRegistry) {
		this.registry = registry;
		this.overridesFile = overridesFile;
		load();
		readOverrides();
		if (followRegistry) {
			registry.addListener(this, EXTENSION_POINT);
		}
	}

	/**
	 * For tests and tools: terms from {@code registry}, overrides kept in
	 * {@code overridesFile}. (A factory rather than a constructor: Declarative
	 * Services must see a single constructor of two arguments.)
	 */
	public static TermRegistry open(IExtensionRegistry registry, Path overridesFile) {
		return new TermRegistry(registry, overridesFile, false);
	}

	private static Path overridesFile(Location instanceLocation) {
		Path base;
		try {
			base = instanceLocation.getURL() == null ? Path.of(System.getProperty("user.home"), ".vinculo") //$NON-NLS-1$ //$NON-NLS-2$
					: Path.of(instanceLocation.getURL().toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			base = Path.of(instanceLocation.getURL().getPath());
		}
		return base.resolve(".metadata").resolve(".plugins").resolve("org.vinculo.core").resolve(OVERRIDES_FILE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Deactivate
	void deactivate() {
		registry.removeListener(this);
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setEventAdmin(EventAdmin admin) {
		eventAdmin = admin;
	}

	void unsetEventAdmin(EventAdmin admin) {
		eventAdmin = null;
	}

	// ---- reading contributions ---------------------------------------------------------------

	private synchronized void load() {
		Map<String, TermDefinition> loaded = new LinkedHashMap<>();
		List<TermProblem> refused = new ArrayList<>();
		IExtensionPoint point = registry.getExtensionPoint(EXTENSION_POINT);
		if (point != null) {
			for (IExtension extension : point.getExtensions()) {
				for (IConfigurationElement element : extension.getConfigurationElements()) {
					read(element, loaded, refused);
				}
			}
		}
		definitions = Collections.unmodifiableMap(loaded);
		problems = List.copyOf(refused);
		refused.forEach(problem -> ILog.of(TermRegistry.class).warn(MessageFormat.format(
				"Term \"{0}\" contributed by {1} was ignored: {2}", problem.termId(), problem.contributor(), //$NON-NLS-1$
				problem.reason())));
	}

	/** Reads one {@code term} element; a faulty one is refused alone. */
	private static void read(IConfigurationElement element, Map<String, TermDefinition> loaded,
			List<TermProblem> refused) {
		String contributor = element.getContributor().getName();
		String id = element.getAttribute("id"); //$NON-NLS-1$
		try {
			if (!"term".equals(element.getName())) { //$NON-NLS-1$
				throw new IllegalArgumentException("unknown element <" + element.getName() + ">"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (id == null || !TERM_ID.matcher(id).matches()) {
				throw new IllegalArgumentException("the id must be dotted lower-case words like party.organization"); //$NON-NLS-1$
			}
			if (loaded.containsKey(id)) {
				throw new IllegalArgumentException("already contributed by " + loaded.get(id).contributor()); //$NON-NLS-1$
			}
			Map<String, TermForms> forms = new TreeMap<>();
			for (IConfigurationElement child : element.getChildren("forms")) { //$NON-NLS-1$
				String language = child.getAttribute("locale"); //$NON-NLS-1$
				TermForms value = new TermForms(child.getAttribute("singular"), child.getAttribute("plural"), //$NON-NLS-1$ //$NON-NLS-2$
						Gender.parse(child.getAttribute("gender"))); //$NON-NLS-1$
				if (language == null || language.isBlank() || !value.isComplete()) {
					throw new IllegalArgumentException("every <forms> needs a locale, a singular and a plural"); //$NON-NLS-1$
				}
				forms.put(language.strip().toLowerCase(Locale.ROOT), value);
			}
			if (!forms.containsKey(FALLBACK_LANGUAGE)) {
				throw new IllegalArgumentException("English forms (locale=\"en\") are required"); //$NON-NLS-1$
			}
			loaded.put(id, new TermDefinition(id, contributor, element.getAttribute("description"), forms)); //$NON-NLS-1$
		} catch (IllegalArgumentException | org.eclipse.core.runtime.InvalidRegistryObjectException e) {
			refused.add(new TermProblem(contributor, String.valueOf(id), e.getMessage()));
		}
	}

	@Override
	public void added(IExtension[] extensions) {
		load();
		announce();
	}

	@Override
	public void removed(IExtension[] extensions) {
		load();
		announce();
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		// our own point; nothing to do
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		// our own point; nothing to do
	}

	// ---- lookups -----------------------------------------------------------------------------

	@Override
	public List<TermDefinition> definitions() {
		return List.copyOf(definitions.values());
	}

	@Override
	public Optional<TermDefinition> definition(String termId) {
		return Optional.ofNullable(definitions.get(termId));
	}

	@Override
	public TermForms forms(String termId, Locale locale) {
		String language = language(locale);
		return override(termId, language).orElseGet(() -> {
			TermDefinition definition = definitions.get(termId);
			if (definition == null) {
				if (reportedUnknown.add(termId)) {
					ILog.of(TermRegistry.class).warn("Unknown term " + termId + " used in a pattern"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				return new TermForms(termId, termId, Gender.NEUTER);
			}
			TermForms forms = definition.defaults().get(language);
			return forms != null ? forms : definition.defaults().get(FALLBACK_LANGUAGE);
		});
	}

	@Override
	public String format(String pattern, Object... arguments) {
		Locale locale = Locale.getDefault();
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		StringBuilder expanded = new StringBuilder();
		while (matcher.find()) {
			String[] parts = matcher.group(2).split(":"); //$NON-NLS-1$
			TermForms forms = forms(parts[0], locale);
			String word;
			if ("g".equals(matcher.group(1))) { //$NON-NLS-1$
				String[] choices = parts.length > 1 ? parts[1].split("\\|") : new String[] { "" }; //$NON-NLS-1$ //$NON-NLS-2$
				word = forms.gender() == Gender.FEMININE && choices.length > 1 ? choices[1] : choices[0];
			} else {
				List<String> options = List.of(parts).subList(1, parts.length);
				word = options.contains("plural") ? forms.plural() : forms.singular(); //$NON-NLS-1$
				if (options.contains("lower")) { //$NON-NLS-1$
					word = word.toLowerCase(locale);
				}
			}
			// the expanded text goes through MessageFormat: quote what it would read as syntax
			matcher.appendReplacement(expanded, Matcher.quoteReplacement(word.replace("'", "''") //$NON-NLS-1$ //$NON-NLS-2$
					.replace("{", "'{'").replace("}", "'}'"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		matcher.appendTail(expanded);
		return new MessageFormat(expanded.toString(), locale).format(arguments);
	}

	// ---- overrides ---------------------------------------------------------------------------

	private static String language(Locale locale) {
		String language = locale.getLanguage();
		return language.isEmpty() ? FALLBACK_LANGUAGE : language;
	}

	@Override
	public Optional<TermForms> override(String termId, Locale locale) {
		return override(termId, language(locale));
	}

	private Optional<TermForms> override(String termId, String language) {
		Map<String, String> current = overrides;
		String prefix = termId + '.' + language + '.';
		String singular = current.get(prefix + "singular"); //$NON-NLS-1$
		String plural = current.get(prefix + "plural"); //$NON-NLS-1$
		if (singular == null || plural == null) {
			return Optional.empty();
		}
		return Optional.of(new TermForms(singular, plural, Gender.parse(current.get(prefix + "gender")))); //$NON-NLS-1$
	}

	@Override
	public void setOverride(String termId, Locale locale, TermForms forms) {
		String prefix = termId + '.' + language(locale) + '.';
		if (forms != null && !forms.isComplete()) {
			throw new IllegalArgumentException("A term needs a singular and a plural"); //$NON-NLS-1$
		}
		synchronized (overridesLock) {
			Map<String, String> next = new TreeMap<>(overrides);
			next.keySet().removeIf(key -> key.startsWith(prefix));
			if (forms != null) {
				next.put(prefix + "singular", forms.singular()); //$NON-NLS-1$
				next.put(prefix + "plural", forms.plural()); //$NON-NLS-1$
				next.put(prefix + "gender", forms.gender().code()); //$NON-NLS-1$
			}
			publish(next);
		}
		announce();
	}

	@Override
	public void importOverrides(Reader source) throws IOException {
		Properties imported = new Properties();
		imported.load(source);
		Map<String, String> next = new TreeMap<>();
		imported.stringPropertyNames().forEach(key -> next.put(key, imported.getProperty(key).strip()));
		checkImported(next);
		synchronized (overridesLock) {
			publish(next);
		}
		announce();
	}

	@Override
	public void exportOverrides(Writer target) throws IOException {
		write(overrides, target);
	}

	private static void write(Map<String, String> values, Writer target) throws IOException {
		Properties all = new Properties();
		all.putAll(values);
		StringWriter raw = new StringWriter();
		all.store(raw, null);
		// sorted and without the time stamp line, so that a shipped file diffs cleanly
		target.write("# Vinculo terminology overrides: <term id>.<language>.singular|plural|gender\n"); //$NON-NLS-1$
		for (String line : raw.toString().lines().filter(l -> !l.startsWith("#")).sorted().toList()) { //$NON-NLS-1$
			target.write(line);
			target.write('\n');
		}
		target.flush();
	}

	@Override
	public List<TermProblem> problems() {
		return problems;
	}

	private void readOverrides() {
		if (!Files.isRegularFile(overridesFile)) {
			return;
		}
		Properties stored = new Properties();
		try (Reader in = Files.newBufferedReader(overridesFile, StandardCharsets.UTF_8)) {
			stored.load(in);
			Map<String, String> read = new TreeMap<>();
			stored.stringPropertyNames().forEach(key -> read.put(key, stored.getProperty(key)));
			overrides = Map.copyOf(read);
		} catch (IOException e) {
			ILog.of(TermRegistry.class).error("Cannot read the terminology overrides in " + overridesFile, e); //$NON-NLS-1$
		}
	}

	/**
	 * Saves {@code next} and only then makes it the set in force, so memory and
	 * file never disagree; written to a temporary file first, so that a crash never
	 * leaves half a file. Call holding {@link #overridesLock}.
	 */
	private void publish(Map<String, String> next) {
		try {
			Files.createDirectories(overridesFile.getParent());
			Path temporary = overridesFile.resolveSibling(OVERRIDES_FILE + ".tmp"); //$NON-NLS-1$
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				write(next, out);
			}
			Files.move(temporary, overridesFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot save the terminology to " + overridesFile, e); //$NON-NLS-1$
		}
		overrides = Map.copyOf(next);
	}

	/** Every key names a term, a language and a form, and every language given has both forms. */
	private static void checkImported(Map<String, String> values) throws IOException {
		Pattern key = Pattern.compile("(.+)\\.([a-z]{2,3})\\.(singular|plural|gender)"); //$NON-NLS-1$
		for (String name : values.keySet()) {
			Matcher m = key.matcher(name);
			if (!m.matches() || !TERM_ID.matcher(m.group(1)).matches()) {
				throw new IOException("Not a terminology entry: " + name); //$NON-NLS-1$
			}
			String prefix = m.group(1) + '.' + m.group(2) + '.';
			if (values.get(prefix + "singular") == null || values.get(prefix + "plural") == null //$NON-NLS-1$ //$NON-NLS-2$
					|| values.get(prefix + "singular").isEmpty() || values.get(prefix + "plural").isEmpty()) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new IOException("Both singular and plural are needed for " + prefix + "*"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private void announce() {
		EventAdmin admin = eventAdmin;
		if (admin != null) {
			admin.postEvent(new Event(TOPIC_CHANGED, Map.of()));
		}
	}
}

package org.vinculo.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.vinculo.core.internal.terms.TermRegistry;
import org.vinculo.core.terms.TermForms;
import org.vinculo.core.terms.TermForms.Gender;
import org.vinculo.core.terms.TermProblem;
import org.vinculo.core.terms.Terminology;

/**
 * Terms contributed through the extension point (this bundle's plugin.xml adds
 * a good term and several broken ones), admin overrides, patterns.
 */
class TerminologyTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@TempDir
	Path folder;

	private final Locale previous = Locale.getDefault();

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(previous);
	}

	private TermRegistry registry(String file) {
		return TermRegistry.open(RegistryFactory.getRegistry(), folder.resolve(file));
	}

	@Test
	void coreTermsHaveEnglishAndSpanishDefaults() {
		Terminology terms = registry("terms.properties");
		assertEquals(new TermForms("Organization", "Organizations", Gender.NEUTER),
				terms.forms("party.organization", Locale.ENGLISH));
		TermForms spanish = terms.forms("party.organization", SPANISH);
		assertEquals("Organización", spanish.singular());
		assertEquals(Gender.FEMININE, spanish.gender());
		assertEquals("Persons", terms.forms("party.person", Locale.GERMAN).plural(), "English for other languages");
	}

	@Test
	void brokenContributionsAreRefusedAloneLoggedAndNamed() {
		List<String> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status.getMessage());
		ILog log = ILog.of(TermRegistry.class);
		log.addLogListener(listener);
		Terminology terms;
		try {
			terms = registry("terms.properties");
		} finally {
			log.removeLogListener(listener);
		}

		assertEquals("Gadget", terms.forms("test.gadget", Locale.ENGLISH).singular(), "the good term loads");
		assertEquals("Person", terms.forms("party.person", Locale.ENGLISH).singular(), "a duplicate does not win");
		List<String> refused = terms.problems().stream().map(TermProblem::termId).toList();
		assertTrue(refused.containsAll(List.of("Bad Id!", "test.noplural", "test.noenglish", "party.person")),
				refused.toString());
		assertTrue(terms.problems().stream().allMatch(p -> "org.vinculo.core.tests".equals(p.contributor())));
		assertTrue(terms.definition("test.noplural").isEmpty());
		assertTrue(logged.stream().anyMatch(m -> m.contains("test.noplural") && m.contains("org.vinculo.core.tests")),
				logged.toString());
	}

	@Test
	void renamedTermsReachPatternsWithAgreement() {
		Terminology terms = registry("terms.properties");
		terms.setOverride("party.organization", SPANISH, new TermForms("Cuenta", "Cuentas", Gender.FEMININE));
		terms.setOverride("party.person", SPANISH, new TermForms("Contacto", "Contactos", Gender.MASCULINE));
		Locale.setDefault(SPANISH);

		assertEquals("Nuevo Contacto", terms.format("{g:party.person:Nuevo|Nueva} {t:party.person}"));
		assertEquals("Nueva Cuenta", terms.format("{g:party.organization:Nuevo|Nueva} {t:party.organization}"));
		assertEquals("Añadir contacto a esta cuenta…",
				terms.format("Añadir {t:party.person:lower} a {g:party.organization:este|esta} {t:party.organization:lower}…"));
		assertEquals("Cuentas: 3", terms.format("{t:party.organization:plural}: {0}", 3));
		Locale.setDefault(Locale.ENGLISH);
		assertEquals("Add person to this organization…",
				terms.format("Add {t:party.person:lower} to this {t:party.organization:lower}…"),
				"English keeps its defaults");
	}

	@Test
	void overridesSurviveARestartAndResetRestoresTheDefault() {
		registry("terms.properties").setOverride("party.organization", Locale.ENGLISH,
				new TermForms("Account", "Accounts", Gender.NEUTER));

		Terminology afterRestart = registry("terms.properties");
		assertEquals("Accounts", afterRestart.forms("party.organization", Locale.ENGLISH).plural());

		afterRestart.setOverride("party.organization", Locale.ENGLISH, null);
		assertEquals("Organization", registry("terms.properties").forms("party.organization", Locale.ENGLISH)
				.singular());
	}

	@Test
	void exportedOverridesImportIntoAnotherInstallation() throws Exception {
		Terminology admin = registry("admin.properties");
		admin.setOverride("party.person", Locale.ENGLISH, new TermForms("Contact", "Contacts", Gender.NEUTER));
		admin.setOverride("party.organization", SPANISH, new TermForms("Cuenta", "Cuentas", Gender.FEMININE));
		StringWriter file = new StringWriter();
		admin.exportOverrides(file);

		Terminology user = registry("user.properties");
		user.importOverrides(new StringReader(file.toString()));

		assertEquals("Contacts", user.forms("party.person", Locale.ENGLISH).plural());
		assertEquals("Cuenta", user.forms("party.organization", SPANISH).singular());
		assertEquals("Cuenta", registry("user.properties").forms("party.organization", SPANISH).singular(),
				"imported overrides are saved");
	}

	@Test
	void aBrokenImportIsRefusedAndChangesNothing() {
		Terminology terms = registry("terms.properties");
		terms.setOverride("party.person", Locale.ENGLISH, new TermForms("Contact", "Contacts", null));

		java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
				() -> terms.importOverrides(new StringReader("party.organization.en.singular=Account\n")));
		assertTrue(refused.getMessage().contains("party.organization.en"), refused.getMessage());
		assertEquals("Contact", terms.forms("party.person", Locale.ENGLISH).singular());
		assertEquals("Organization", registry("terms.properties").forms("party.organization", Locale.ENGLISH)
				.singular(), "nothing of the broken file was saved");
	}

	@Test
	void quotesAndBracesInTermsCannotBreakAPattern() {
		Terminology terms = registry("terms.properties");
		terms.setOverride("party.organization", Locale.ENGLISH, new TermForms("Client's {firm}", "Clients", null));
		Locale.setDefault(Locale.ENGLISH);
		assertEquals("Client's {firm} #7", terms.format("{t:party.organization} #{0}", 7));
		assertFalse(terms.format("It''s a {t:party.person:lower}").contains("''"));
	}

	@Test
	void terminologyIsADeclarativeService() throws InterruptedException {
		ServiceTracker<Terminology, Terminology> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(TerminologyTest.class).getBundleContext(), Terminology.class, null);
		tracker.open();
		Terminology service = tracker.waitForService(10_000);
		tracker.close();
		assertNotNull(service);
		assertEquals("Affiliations", service.forms("party.affiliation", Locale.ENGLISH).plural());
	}
}

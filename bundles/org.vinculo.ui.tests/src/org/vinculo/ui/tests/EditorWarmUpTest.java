package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.search.PartySummary;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.PartyEditorInput;
import org.vinculo.ui.internal.PartyOpener;
import org.vinculo.ui.internal.editors.EditorWarmUp;

/**
 * The background reads that prepare the first editor opened in a session: they
 * read the parties shown, change nothing, pass over a party deleted meanwhile,
 * stop when cancelled and give way to an editor being opened.
 */
class EditorWarmUpTest extends WorkbenchTest {

	@Test
	void theWarmUpReadsThePartiesShownAndChangesNothing() {
		Organization shop = CoreServices.parties().createOrganization(new Organization("Ferretería Núñez"));
		Person owner = CoreServices.parties().createPerson(new Person("Íñigo", "Núñez"));
		AffiliationRole employee = CoreServices.affiliations().roleByCode(AffiliationRole.EMPLOYEE);
		CoreServices.affiliations().affiliate(new Affiliation(owner, shop, employee));
		Person gone = CoreServices.parties().createPerson(new Person("Olga", "Borrada"));
		CoreServices.parties().delete(gone);
		long shopVersion = CoreServices.parties().findOrganization(shop.getId()).orElseThrow().getVersion();
		long ownerVersion = CoreServices.parties().findPerson(owner.getId()).orElseThrow().getVersion();

		EditorWarmUp warmUp = new EditorWarmUp(List.of(summary(shop), summary(gone), summary(owner)));
		IStatus status = warmUp.run(new NullProgressMonitor());

		assertTrue(status.isOK(), status::toString);
		long organizations = CoreServices.parties().count(PartyKind.ORGANIZATION);
		assertEquals(EditorWarmUp.PER_KIND + Math.min(organizations, EditorWarmUp.PER_KIND), warmUp.read(),
				"the parties shown, the deleted one passed over, each kind made up from the index");
		assertEquals(shopVersion, CoreServices.parties().findOrganization(shop.getId()).orElseThrow().getVersion());
		assertEquals(ownerVersion, CoreServices.parties().findPerson(owner.getId()).orElseThrow().getVersion());
		assertEquals(1, CoreServices.affiliations().organizationsOf(owner.getId(),
				Period.ALL).size());
		assertTrue(CoreServices.parties().find(gone.getId()).isEmpty(), "nothing brought back");
	}

	@Test
	void eachKindIsMadeUpFromTheIndexWhenTheResultsShowFewOfIt() {
		Person reader = CoreServices.parties().createPerson(new Person("Lucía", "Lectora"));
		long persons = CoreServices.parties().count(PartyKind.PERSON);
		long organizations = CoreServices.parties().count(PartyKind.ORGANIZATION);

		EditorWarmUp warmUp = new EditorWarmUp(List.of(summary(reader)));
		IStatus status = warmUp.run(new NullProgressMonitor());

		assertTrue(status.isOK(), status::toString);
		assertTrue(organizations > 0 && persons > EditorWarmUp.PER_KIND, "the demo data has both kinds");
		assertEquals(EditorWarmUp.PER_KIND + Math.min(organizations, EditorWarmUp.PER_KIND), warmUp.read(),
				"the person shown, the first other persons and the first organizations, none twice");
	}

	@Test
	void theWarmUpReadsMoreOrganizationsPeopleUntilEnoughRowsWereRead() {
		// 14 organizations of 25 people, first by name: the warm-up's first 8 organizations come
		// from them (a person is all that is shown), and it reads more of them until it has enough
		AffiliationRole employee = CoreServices.affiliations().roleByCode(AffiliationRole.EMPLOYEE);
		List<Organization> yards = new ArrayList<>();
		for (int i = 10; i < 24; i++) {
			yards.add(new Organization("Aalto Astilleros " + i));
		}
		CoreServices.parties().createAll(yards);
		List<Person> workers = new ArrayList<>();
		for (int i = 0; i < yards.size() * PEOPLE_PER_YARD; i++) {
			workers.add(new Person("Operario", "Naval " + i));
		}
		CoreServices.parties().createAll(workers);
		List<Affiliation> links = new ArrayList<>();
		for (int i = 0; i < workers.size(); i++) {
			links.add(new Affiliation(workers.get(i), yards.get(i / PEOPLE_PER_YARD), employee));
		}
		CoreServices.affiliations().affiliateAll(links);
		ui.waitUntil("the yards are in the search index", () -> CoreServices.search()
				.search(PartyQuery.matching("Aalto Astilleros").onlyKind(PartyKind.ORGANIZATION).page(0, 50)).hits()
				.stream().filter(hit -> hit.displayName().startsWith("Aalto Astilleros")).count() == yards.size());
		long affiliations = CoreServices.affiliations().countAffiliations(yards.get(0).getId());

		EditorWarmUp warmUp = new EditorWarmUp(List.of(summary(workers.get(0))));
		IStatus status = warmUp.run(new NullProgressMonitor());

		assertTrue(status.isOK(), status::toString);
		assertTrue(warmUp.rows() >= EditorWarmUp.WARM_ROWS, warmUp.rows() + " affiliations read");
		assertTrue(warmUp.rows() < EditorWarmUp.WARM_ROWS + PEOPLE_PER_YARD,
				"it stops once it has read enough, not after every organization: " + warmUp.rows());
		assertEquals(affiliations, CoreServices.affiliations().countAffiliations(yards.get(0).getId()));
	}

	private static final int PEOPLE_PER_YARD = 25;

	@Test
	void aCancelledWarmUpStopsBeforeItsNextRead() {
		Person someone = CoreServices.parties().createPerson(new Person("Carmen", "Cancelada"));
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		EditorWarmUp warmUp = new EditorWarmUp(List.of(summary(someone)));

		assertEquals(IStatus.CANCEL, warmUp.run(cancelled).getSeverity());
		assertEquals(0, warmUp.read());
	}

	@Test
	void openingAnEditorCancelsAWarmUpNotRunYetAndTheSessionWarmsUpOnce() {
		Organization opened = CoreServices.parties().createOrganization(new Organization("Editorial Apertura"));
		EditorWarmUp warmUp = new EditorWarmUp(List.of(summary(opened)));
		warmUp.schedule(60_000);
		assertEquals(Job.SLEEPING, warmUp.getState());

		ui.run(() -> PartyOpener.open(ui.page(), PartyEditorInput.of(opened)));
		ui.waitForActiveEditor("Editorial Apertura");
		ui.waitForJobs(JobFamilies.EDITOR_LOAD);

		assertEquals(Job.NONE, warmUp.getState(), "the opening editor does not share the cores with a warm-up");
		assertEquals(0, warmUp.read());
		// the Parties view showed its first results when the workbench opened: that was the session's warm-up
		assertFalse(EditorWarmUp.afterFirstResults(List.of(summary(opened))));
		assertEquals(0, Job.getJobManager().find(JobFamilies.EDITOR_WARM_UP).length);
	}

	@Test
	void aFewPartiesOfEachKindAreChosenInTheOrderShown() {
		List<PartySummary> shown = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			// two persons for each organization, as in a list sorted by name
			PartyKind kind = i % 3 == 2 ? PartyKind.ORGANIZATION : PartyKind.PERSON;
			shown.add(new PartySummary(i, kind, "Parte " + i, null, null, null, null));
		}

		List<PartySummary> chosen = EditorWarmUp.choose(shown);

		List<Long> persons = chosen.stream().filter(p -> p.kind() == PartyKind.PERSON).map(PartySummary::id).toList();
		List<Long> organizations = chosen.stream().filter(p -> p.kind() == PartyKind.ORGANIZATION)
				.map(PartySummary::id).toList();
		assertEquals(List.of(0L, 1L, 3L, 4L, 6L, 7L, 9L, 10L), persons);
		assertEquals(List.of(2L, 5L, 8L, 11L, 14L, 17L, 20L, 23L), organizations);
		assertEquals(List.of(0L, 1L, 2L, 3L), chosen.subList(0, 4).stream().map(PartySummary::id).toList(),
				"in the order shown");
		assertTrue(EditorWarmUp.choose(List.of()).isEmpty());
	}

	private static PartySummary summary(Party party) {
		return new PartySummary(party.getId(), party.getKind(), party.getDisplayName(), null, null, null, null);
	}
}

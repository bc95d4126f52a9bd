package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.network.Introduction;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.network.IntroductionsView;
import org.vinculo.ui.internal.network.NetworkView;
import org.vinculo.ui.internal.network.OrgChartView;
import org.vinculo.ui.internal.network.OurSide;

/**
 * Relationships from both editors, the network view, introductions from our
 * organization and the org chart, driven the way a user does.
 */
class NetworkUiTest extends WorkbenchTest {

	private static final int TYPE = 0;
	private static final int OTHER = 1;

	private static void awaitNetwork(org.vinculo.tests.harness.UiDriver ui) {
		ui.waitUntil("the network to be loaded", () -> CoreServices.network().isReady());
	}

	@Test
	void aRelationshipAddedOnOneSideShowsOnBothWithTheLabelOfEachSide() {
		CoreServices.parties().createOrganization(new Organization("Proveedora Uno"));
		CoreServices.parties().createOrganization(new Organization("Clienta Dos"));
		Workbench.openFromPartiesView(ui, "Proveedora Uno", "Proveedora Uno");

		ui.button(WidgetIds.RELATIONSHIPS_ADD).click();
		ui.shell("New Relationship");
		ui.combo(WidgetIds.RELATIONSHIP_TYPE).select("supplier of");
		ui.button(WidgetIds.RELATIONSHIP_CHOOSE).click();
		ui.shell("Select person or organization");
		ui.text(WidgetIds.PICKER_FILTER).typeText("Clienta Dos");
		TableDriver picker = ui.table(WidgetIds.PICKER_TABLE);
		picker.doubleClick(picker.waitForRow(0, "Clienta Dos"));
		ui.waitForShellClosed("Select person or organization");
		ui.button(WidgetIds.RELATIONSHIP_SINCE_KNOWN).check(true);
		ui.button(WidgetIds.DIALOG_OK).click();
		ui.waitForShellClosed("New Relationship");

		TableDriver mine = ui.table(WidgetIds.RELATIONSHIPS_TABLE);
		int row = mine.waitForRow(OTHER, "Clienta Dos");
		assertEquals("supplier of", mine.cell(row, TYPE));

		Workbench.openFromPartiesView(ui, "Clienta Dos", "Clienta Dos");
		TableDriver theirs = ui.table(WidgetIds.RELATIONSHIPS_TABLE);
		int back = theirs.waitForRow(OTHER, "Proveedora Uno");
		assertEquals("customer of", theirs.cell(back, TYPE), "the inverse label on the other side");

		// edit from the customer's side: still read from there, stored the same way round
		theirs.select(back);
		ui.button(WidgetIds.RELATIONSHIPS_EDIT).click();
		ui.shell("Edit Relationship");
		assertEquals("customer of", ui.combo(WidgetIds.RELATIONSHIP_TYPE).selection());
		ui.combo(WidgetIds.RELATIONSHIP_STRENGTH).select("4 of 5");
		ui.button(WidgetIds.DIALOG_OK).click();
		ui.waitForShellClosed("Edit Relationship");
		Party proveedora = Workbench.only("Proveedora Uno");
		Relationship stored = CoreServices.relationships().relationshipsOf(proveedora.getId()).getFirst();
		assertEquals(proveedora.getId(), stored.getFrom().getId(), "still stored from the supplier");
		assertEquals(4, stored.getStrength());
		assertEquals(LocalDate.now(), stored.getSince());
	}

	@Test
	void introductionsFromOurOrganizationAreRankedExplainedOpenedCopiedAndKept() {
		awaitNetwork(ui);
		assertTrue(OurSide.organizationId() != 0, "the demo marks its own company as ours");
		ui.text(WidgetIds.PARTIES_FILTER).typeText("Empresa XYZ");
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		parties.select(parties.waitForRow(0, "Empresa XYZ"));
		ui.clickMenu("Navigate", "Find introductions...");

		TableDriver paths = ui.table(WidgetIds.INTRODUCTIONS_TABLE);
		ui.waitUntil("five ranked paths", () -> paths.rowCount() == IntroductionsView.TOP);
		Party xyz = Workbench.only("Empresa XYZ");
		List<Introduction> expected = CoreServices.network().introductions(OurSide.organizationId(), xyz.getId(), 5);
		assertEquals(expected.stream().map(Introduction::explanation).toList(), paths.column(3),
				"the view shows the service's ranking and explanations");
		for (int i = 1; i < expected.size(); i++) {
			assertTrue(expected.get(i - 1).cost() <= expected.get(i).cost(), "best first");
		}
		assertTrue(paths.column(3).stream().allMatch(text -> text.endsWith("\u2192 Empresa XYZ")), paths.column(3).toString());

		// the selected path's names are links: a click opens the party
		Link text = ui.byId(Link.class, WidgetIds.INTRODUCTIONS_TEXT);
		Introduction first = expected.getFirst();
		Introduction.Party middle = first.parties().get(first.parties().size() - 2);
		ui.run(() -> {
			Event click = new Event();
			click.text = Long.toString(middle.id());
			text.notifyListeners(SWT.Selection, click);
		});
		ui.waitForActiveEditor(middle.name());

		ui.showView(IntroductionsView.ID);
		ui.button(WidgetIds.INTRODUCTIONS_COPY).click();
		String copied = ui.onUi(() -> {
			Clipboard clipboard = new Clipboard(ui.display());
			try {
				return (String) clipboard.getContents(TextTransfer.getInstance());
			} finally {
				clipboard.dispose();
			}
		});
		assertNotNull(copied);
		assertTrue(copied.contains("1. " + first.explanation()), copied);

		ui.button(WidgetIds.INTRODUCTIONS_SAVE_NOTE).click();
		ui.waitUntil("the paths kept in the target's notes", () -> {
			String notes = CoreServices.parties().find(xyz.getId()).orElseThrow().getNotes();
			return notes != null && notes.contains(first.explanation());
		});
	}

	@Test
	void aNewFriendshipShortensTheWayInWithoutReloadingTheNetwork() {
		awaitNetwork(ui);
		Person stranger = CoreServices.parties().createPerson(new Person("Remota", "Sinlazos"));
		long ours = OurSide.organizationId();
		assertTrue(CoreServices.network().introductions(ours, stranger.getId(), 5).isEmpty(), "nobody knows her yet");
		Person ana = (Person) Workbench.only("Ana Ruiz");
		CoreServices.relationships().relate(
				new Relationship(ana, CoreServices.relationships().typeByCode(RelationshipType.FRIEND), stranger));
		ui.waitUntil("the edit reaches the graph",
				() -> !CoreServices.network().introductions(ours, stranger.getId(), 5).isEmpty());
		Introduction best = CoreServices.network().introductions(ours, stranger.getId(), 5).getFirst();
		assertEquals("Ana Ruiz (your colleague) \u2014 friend of \u2192 Remota Sinlazos", best.explanation());
	}

	@Test
	void theNetworkViewDrawsTheNeighbourhoodFoldsBigFanOutsAndRecentresOnClick() {
		awaitNetwork(ui);
		Organization big = CoreServices.parties().createOrganization(new Organization("Muchagente SA"));
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			people.add(new Person("Persona" + i, "Plantilla"));
		}
		CoreServices.parties().createAll(people);
		AffiliationRole employee = CoreServices.affiliations().roleByCode(AffiliationRole.EMPLOYEE);
		CoreServices.affiliations().affiliateAll(people.stream().map(p -> new Affiliation(p, big, employee)).toList());
		Person pepe = (Person) Workbench.only("Pepe Gómez");
		CoreServices.relationships().relate(
				new Relationship(pepe, CoreServices.relationships().typeByCode(RelationshipType.PARTNER_OF), big));

		ui.text(WidgetIds.PARTIES_FILTER).typeText("Pepe Gómez");
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		parties.select(parties.waitForRow(0, "Pepe Gómez"));
		ui.clickMenu("Navigate", "Show network");
		NetworkView view = (NetworkView) ui.showView(NetworkView.ID);
		ui.waitUntil("Pepe's neighbourhood drawn", () -> ui.onUi(() -> view.drawnLabels().containsAll(
				List.of("Pepe Gómez", "Ana Ruiz", "Suministros SA", "Empresa XYZ", "Muchagente SA"))),
				() -> ui.onUi(() -> view.drawnLabels().toString()));
		// depth 2: Muchagente's 40 people do not all get drawn; the rest is one group
		ui.waitUntil("a big fan-out folded", () -> ui.onUi(() -> view.drawnLabels().stream()
				.anyMatch(label -> label.startsWith("+ ") && label.endsWith("whose employee is"))),
				() -> ui.onUi(() -> view.drawnLabels().toString()));
		String status = ui.onUi(() -> ui.byId(Label.class, WidgetIds.NETWORK_STATUS).getText());
		assertTrue(status.contains("more folded"), status);

		// click Suministros SA: the view centres on it
		Canvas canvas = ui.byId(Canvas.class, WidgetIds.NETWORK_CANVAS);
		Point at = ui.onUi(() -> view.positionOf("Suministros SA"));
		ui.run(() -> {
			Event click = new Event();
			click.x = at.x;
			click.y = at.y;
			click.button = 1;
			click.count = 1;
			canvas.notifyListeners(SWT.MouseUp, click);
		});
		long suministros = Workbench.only("Suministros SA").getId();
		ui.waitUntil("recentred on Suministros SA", () -> ui.onUi(view::centreId) == suministros);
		ui.combo(WidgetIds.NETWORK_DEPTH).select("1");
		ui.waitUntil("only direct links at depth 1", () -> ui.onUi(() -> view.drawnLabels().contains("Empresa XYZ")
				&& !view.drawnLabels().contains("Ana Ruiz")), () -> ui.onUi(() -> view.drawnLabels().toString()));
	}

	@Test
	void theOrgChartShowsReportingLinesAndADragRecordsANewOne() {
		ui.text(WidgetIds.PARTIES_FILTER).typeText("Vinculo Demo Company");
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		parties.select(parties.waitForRow(0, "Vinculo Demo Company"));
		ui.clickMenu("Navigate", "Show org chart");
		OrgChartView chart = (OrgChartView) ui.showView(OrgChartView.ID);
		long marta = Workbench.only("Marta Sanz").getId();
		long luis = Workbench.only("Luis Vega").getId();
		long irene = Workbench.only("Irene Campos").getId();
		long hugo = Workbench.only("Hugo Prieto").getId();
		long sara = Workbench.only("Sara Molina").getId();
		ui.waitUntil("the chart drawn", () -> Long.valueOf(marta).equals(ui.onUi(() -> chart.managerShownFor(luis))));
		assertEquals(null, ui.onUi(() -> chart.managerShownFor(hugo)), "the intern has no manager recorded yet");

		ui.run(() -> chart.drag(hugo, irene));
		ui.waitUntil("Hugo now under Irene", () -> Long.valueOf(irene).equals(ui.onUi(() -> chart.managerShownFor(hugo))));
		long organization = Workbench.only("Vinculo Demo Company").getId();
		assertTrue(CoreServices.relationships().reportingLinesOf(organization).stream()
				.anyMatch(r -> r.getFrom().getId() == hugo && r.getTo().getId() == irene));

		ui.run(() -> chart.drag(sara, 0));
		ui.waitUntil("Sara's line removed", () -> ui.onUi(() -> chart.managerShownFor(sara)) == null);
		assertTrue(CoreServices.relationships().reportingLinesOf(organization).stream()
				.noneMatch(r -> r.getFrom().getId() == sara));
		ui.waitForJobs(JobFamilies.EDITOR_LOAD);
	}
}

package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.FieldType;
import org.vinculo.core.model.LifecycleChange;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.tests.harness.TableDriver;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.editors.TagProposals;
import org.vinculo.ui.internal.views.PartyExport;

/**
 * The customer record in the workbench: lifecycle stage and its history,
 * segmentation filters in the Parties view, custom fields defined while the
 * workbench runs, and fields the admin hid or made read-only.
 */
class CustomerRecordUiTest extends WorkbenchTest {

	@Test
	void stagesArePerPartyAndAChangeIsSavedIntoHistory() {
		Workbench.openFromPartiesView(ui, "José Minds", "José Minds");
		assertEquals("Active customer", ui.combo(WidgetIds.PARTY_LIFECYCLE).selection());
		assertTrue(badge().startsWith("\u25cf Active customer since"), badge());
		Workbench.openFromPartiesView(ui, "BA Minds", "BA Minds");
		assertEquals("Prospect", ui.combo(WidgetIds.PARTY_LIFECYCLE).selection(),
				"José's company is a prospect while he is a customer");

		Workbench.openFromPartiesView(ui, "Pepe Gómez", "Pepe Gómez");
		Party pepe = Workbench.only("Pepe Gómez");
		int before = CoreServices.parties().lifecycleHistory(pepe.getId()).size();
		ui.combo(WidgetIds.PARTY_LIFECYCLE).select("Potential customer");
		ui.run(() -> ui.page().saveEditor(ui.activeEditor(), false));
		List<LifecycleChange> history = CoreServices.parties().lifecycleHistory(pepe.getId());
		assertEquals(before + 1, history.size());
		assertEquals(LifecycleStage.POTENTIAL_CUSTOMER, history.getLast().getTo());
		ui.waitUntil("the badge to show the new stage", () -> badge().startsWith("\u25cf Potential customer"), this::badge);

		// the inactivity rule, or another user, changes the stage while the editor is open
		CoreServices.parties().changeLifecycle(List.of(pepe.getId()), LifecycleStage.INACTIVE_CUSTOMER, "test");
		ui.waitUntil("the open editor to follow", () -> badge().startsWith("\u25cf Inactive customer"), this::badge);
		assertEquals("Inactive customer", ui.combo(WidgetIds.PARTY_LIFECYCLE).selection());
	}

	@Test
	void theDropDownsOfferEveryEntryOnceTheRecordIsShownWithoutMarkingItEdited() {
		Workbench.openFromPartiesView(ui, "BA Minds", "BA Minds");
		// the drop-downs first hold only the value shown, and list the rest after the first paint
		List<String> stages = Arrays.stream(LifecycleStage.values()).map(LifecycleStage::label).toList();
		ui.waitUntil("every stage offered", () -> ui.combo(WidgetIds.PARTY_LIFECYCLE).items().equals(stages),
				() -> ui.combo(WidgetIds.PARTY_LIFECYCLE).items().toString());
		String owner = WidgetIds.PARTY_SEGMENT_PREFIX + Segment.OWNER.listCode();
		List<String> owners = CoreServices.choices().values(Segment.OWNER.listCode(), false).stream()
				.map(Labels::choice).toList();
		assertTrue(owners.size() > 1, owners::toString);
		ui.waitUntil("every owner offered", () -> ui.combo(owner).items().containsAll(owners),
				() -> ui.combo(owner).items().toString());
		assertEquals("Prospect", ui.combo(WidgetIds.PARTY_LIFECYCLE).selection());
		assertFalse(ui.onUi(() -> ui.activeEditor().isDirty()), "listing the entries is no edit");

		String shown = ui.combo(owner).selection();
		ui.combo(owner).select(owners.stream().filter(o -> !o.equals(shown)).findFirst().orElseThrow());
		assertTrue(ui.onUi(() -> ui.activeEditor().isDirty()), "choosing another owner is");
	}

	private String badge() {
		return ui.onUi(() -> ui.byId(Label.class, WidgetIds.PARTY_LIFECYCLE_BADGE).getText());
	}

	@Test
	void partiesViewFiltersByStageAndSegment() {
		ui.combo(WidgetIds.PARTIES_STAGE).select("Active customer");
		ui.text(WidgetIds.PARTIES_FILTER).typeText("Minds");
		TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
		parties.waitForRow(Workbench.NAME, "José Minds");
		ui.waitUntil("BA Minds, a prospect, to be filtered out", () -> parties.rowCount() == 1);

		ui.combo(WidgetIds.PARTIES_STAGE).select("Any stage");
		ui.combo(WidgetIds.PARTIES_SEGMENT).select("Industry");
		ui.combo(WidgetIds.PARTIES_SEGMENT_VALUE).select("Technology");
		parties.waitForRow(Workbench.NAME, "BA Minds");
		ui.waitUntil("José, not classified by industry, to be filtered out", () -> parties.rowCount() == 1);
		ui.combo(WidgetIds.PARTIES_SEGMENT).select("Any category");
	}

	@Test
	void aCustomFieldDefinedWhileTheWorkbenchRunsAppearsAndIsSavedSearchableAndExported() throws Exception {
		Workbench.openFromPartiesView(ui, "Empresa XYZ", "Empresa XYZ");
		FieldDefinition field = new FieldDefinition(FieldDefinition.ORGANIZATION, "vat-number", "VAT number",
				FieldType.TEXT);
		field.setHelp("Tax id on invoices");
		CoreServices.fields().save(field);

		ui.waitUntil("the open editor to show the new field",
				() -> ui.isShown(WidgetIds.PARTY_CUSTOM_PREFIX + "vat-number"));
		ui.text(WidgetIds.PARTY_CUSTOM_PREFIX + "vat-number").typeText("ESB12345678");
		ui.run(() -> ui.page().saveEditor(ui.activeEditor(), false));
		assertEquals("ESB12345678", Workbench.only("Empresa XYZ").getCustomValue("vat-number"));
		ui.waitUntil("the index to catch up", () -> CoreServices.search().isCurrent());
		assertEquals(List.of("Empresa XYZ"), CoreServices.search().search(PartyQuery.matching("ESB12345678")).hits()
				.stream().map(h -> h.displayName()).toList(), "custom values are searchable");

		// and exportable: the search's records to CSV, the field a column of its own
		java.nio.file.Path file = java.nio.file.Files.createTempFile("vinculo-export", ".csv");
		PartyExport export = new PartyExport(PartyQuery.matching("Empresa XYZ"), file);
		export.schedule();
		export.join();
		assertTrue(export.getResult().isOK(), export.getResult().toString());
		try (var parser = org.apache.commons.csv.CSVParser.parse(java.nio.file.Files.readString(file).substring(1),
				org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().get())) {
			var rows = parser.getRecords();
			assertEquals(1, rows.size());
			assertEquals("Empresa XYZ", rows.get(0).get("Name"));
			assertEquals("Potential customer", rows.get(0).get("Stage"));
			assertEquals("Manufacturing", rows.get(0).get("Industry"));
			assertEquals("ESB12345678", rows.get(0).get("Organization: VAT number"));
		}
		java.nio.file.Files.delete(file);
	}

	@Test
	void hiddenFieldsAreHiddenAndReadOnlyOnesCannotBeEdited() {
		FieldDefinition website = CoreServices.fields().builtIn(FieldDefinition.ORGANIZATION, Fields.WEBSITE);
		website.setHidden(true);
		CoreServices.fields().save(website);
		FieldDefinition notes = CoreServices.fields().builtIn(FieldDefinition.ORGANIZATION, Fields.NOTES);
		notes.setReadOnly(true);
		CoreServices.fields().save(notes);
		// the contact lists are made after the editor's first paint: configured all the same
		FieldDefinition contacts = CoreServices.fields().builtIn(FieldDefinition.ORGANIZATION, Fields.CONTACTS);
		contacts.setReadOnly(true);
		CoreServices.fields().save(contacts);
		try {
			Workbench.freshPage(ui);
			ui.showView(org.vinculo.ui.internal.views.PartiesView.ID);
			ui.text(WidgetIds.PARTIES_FILTER).typeText("Suministros SA");
			TableDriver parties = ui.table(WidgetIds.PARTIES_TABLE);
			parties.doubleClick(parties.waitForRow(Workbench.NAME, "Suministros SA"));
			ui.waitForActiveEditor("Suministros SA");
			ui.waitForJobs(JobFamilies.EDITOR_LOAD);
			ui.waitUntil("the name to be editable once loaded", () -> ui.text(WidgetIds.PARTY_NAME).isEditable());
			assertFalse(ui.isShown(WidgetIds.PARTY_WEBSITE), "website hidden");
			assertFalse(ui.text(WidgetIds.PARTY_NOTES).isEditable(), "notes read-only");
			assertTrue(ui.text(WidgetIds.PARTY_NAME).isEditable(), "the other fields stay editable");
			assertFalse(ui.button(WidgetIds.CONTACTS_ADD_EMAIL).isEnabled(), "contacts read-only");
		} finally {
			contacts = CoreServices.fields().builtIn(FieldDefinition.ORGANIZATION, Fields.CONTACTS);
			contacts.setReadOnly(false);
			CoreServices.fields().save(contacts);
			website = CoreServices.fields().builtIn(FieldDefinition.ORGANIZATION, Fields.WEBSITE);
			website.setHidden(false);
			CoreServices.fields().save(website);
			notes = CoreServices.fields().builtIn(FieldDefinition.ORGANIZATION, Fields.NOTES);
			notes.setReadOnly(false);
			CoreServices.fields().save(notes);
		}
	}

	@Test
	void theAffiliationDialogShowsAffiliationFieldsAndHidesWhatTheAdminHid() {
		FieldDefinition badge = new FieldDefinition(FieldDefinition.AFFILIATION, "badge", "Badge number", FieldType.TEXT);
		CoreServices.fields().save(badge);
		FieldDefinition title = CoreServices.fields().builtIn(FieldDefinition.AFFILIATION, Fields.TITLE);
		title.setHidden(true);
		CoreServices.fields().save(title);
		try {
			Workbench.openFromPartiesView(ui, "Lucía Fernández", "Lucía Fernández");
			TableDriver organizations = ui.table(WidgetIds.PERSON_ORGANIZATIONS);
			organizations.select(organizations.waitForRow(Workbench.NAME, "Marea Marketing Consultores"));
			ui.button(WidgetIds.AFFILIATION_EDIT).click();
			ui.shell("Edit Affiliation");
			assertFalse(ui.isShown(WidgetIds.AFFILIATION_TITLE), "the hidden title is not offered");
			ui.text(WidgetIds.AFFILIATION_CUSTOM_PREFIX + "badge").typeText("B-1027");
			ui.button(WidgetIds.DIALOG_OK).click();
			ui.waitForShellClosed("Edit Affiliation");
			Party lucia = Workbench.only("Lucía Fernández");
			var saved = CoreServices.affiliations().organizationsOf(lucia.getId(),
					org.vinculo.core.service.AffiliationService.Period.ALL).stream()
					.filter(a -> a.getOrganization().getDisplayName().equals("Marea Marketing Consultores")).findFirst()
					.orElseThrow();
			assertEquals("B-1027", saved.getCustomValues().get("badge"));
			assertEquals("Founder", saved.getTitle(), "a hidden field keeps its value");
		} finally {
			title = CoreServices.fields().builtIn(FieldDefinition.AFFILIATION, Fields.TITLE);
			title.setHidden(false);
			CoreServices.fields().save(title);
		}
	}

	@Test
	void theTagFieldCompletesFromTagsInUse() {
		org.vinculo.core.model.Person tagged = new org.vinculo.core.model.Person("Tara", "Tagger");
		tagged.setTags(List.of("golf-club", "goodwill"));
		CoreServices.parties().createPerson(tagged);
		ui.waitUntil("the index to catch up", () -> CoreServices.search().isCurrent());

		var proposals = new TagProposals().getProposals("vip, GO", 7);
		List<String> offered = java.util.Arrays.stream(proposals).map(p -> p.getLabel()).toList();
		assertTrue(offered.containsAll(List.of("golf-club", "goodwill")), offered.toString());
		assertTrue(offered.stream().allMatch(t -> t.startsWith("go")), offered.toString());
		assertEquals("lf-club", java.util.Arrays.stream(proposals).filter(p -> p.getLabel().equals("golf-club"))
				.findFirst().orElseThrow().getContent(), "completes the word being typed");
		assertTrue(java.util.Arrays.stream(new TagProposals().getProposals("golf-club, go", 13))
				.noneMatch(p -> p.getLabel().equals("golf-club")), "a tag the field has is not offered again");

		// the record's tags show as chips in their shared colours
		CoreServices.choices().setTagColour("goodwill", "#1e8449");
		Workbench.openFromPartiesView(ui, "Tara Tagger", "Tara Tagger");
		ui.waitUntil("the goodwill chip in its colour", () -> ui.onUi(() -> {
			for (org.eclipse.swt.widgets.Control chip : ui.byId(org.eclipse.swt.widgets.Composite.class,
					WidgetIds.PARTY_TAG_CHIPS).getChildren()) {
				if (((Label) chip).getText().strip().equals("goodwill")) {
					return chip.getBackground().getRGB().equals(new org.eclipse.swt.graphics.RGB(0x1e, 0x84, 0x49));
				}
			}
			return false;
		}));
		ui.text(WidgetIds.PARTY_TAGS).setText("goodwill, golf-club, brand-new");
		assertEquals(3, (int) ui.onUi(() -> ui.byId(org.eclipse.swt.widgets.Composite.class, WidgetIds.PARTY_TAG_CHIPS)
				.getChildren().length), "chips follow what is typed");
		ui.run(() -> ui.page().closeAllEditors(false));
	}
}

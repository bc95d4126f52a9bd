package org.vinculo.core.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityKind;
import org.vinculo.core.model.ActivityStatus;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.FieldType;
import org.vinculo.core.model.LifecycleChange;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Segment;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JpaActivityService;
import org.vinculo.core.persistence.internal.JpaAffiliationService;
import org.vinculo.core.persistence.internal.JpaChoiceListService;
import org.vinculo.core.persistence.internal.JpaFieldService;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.InactivityRule;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;

/**
 * The rest of the customer record on a real embedded Derby: lifecycle with its
 * history and the inactivity rule, segmentation on choice lists, activities on
 * both timelines and in the agenda, custom fields.
 */
class CustomerRecordTest {

	@TempDir
	Path folder;

	private Database database;
	private JpaPartyService parties;
	private JpaActivityService activities;
	private JpaChoiceListService choices;
	private JpaFieldService fields;
	private Person jose;
	private Organization baMinds;

	@BeforeEach
	void open() {
		database = Database.openEmbedded(folder.resolve("db"));
		parties = new JpaPartyService(database);
		activities = new JpaActivityService(database);
		choices = new JpaChoiceListService(database);
		fields = new JpaFieldService(database);
		jose = parties.createPerson(new Person("José", "Minds"));
		baMinds = parties.createOrganization(new Organization("BA Minds"));
	}

	@AfterEach
	void close() {
		database.close();
	}

	@Test
	void lifecycleIsPerPartyAndEveryChangeIsDatedInHistory() {
		assertEquals(LifecycleStage.PROSPECT, jose.getLifecycle(), "new parties start as prospects");
		jose.setLifecycle(LifecycleStage.POTENTIAL_CUSTOMER);
		jose = parties.update(jose);
		jose.setLifecycle(LifecycleStage.ACTIVE_CUSTOMER);
		jose = parties.update(jose);

		assertEquals(LifecycleStage.ACTIVE_CUSTOMER, parties.findPerson(jose.getId()).orElseThrow().getLifecycle());
		assertEquals(LifecycleStage.PROSPECT, parties.findOrganization(baMinds.getId()).orElseThrow().getLifecycle(),
				"José's company keeps its own stage");
		List<LifecycleChange> history = parties.lifecycleHistory(jose.getId());
		assertEquals(List.of(LifecycleStage.PROSPECT, LifecycleStage.POTENTIAL_CUSTOMER, LifecycleStage.ACTIVE_CUSTOMER),
				history.stream().map(LifecycleChange::getTo).toList());
		assertNull(history.get(0).getFrom());
		assertEquals(LifecycleStage.POTENTIAL_CUSTOMER, history.get(2).getFrom());
		assertEquals(history.get(2).getChangedAt(), parties.findPerson(jose.getId()).orElseThrow().getLifecycleSince());

		jose.setNotes("an edit that leaves the stage alone");
		jose = parties.update(jose);
		assertEquals(3, parties.lifecycleHistory(jose.getId()).size(), "no history row without a stage change");
	}

	@Test
	void inactivityRuleMovesOnlyIdleActiveCustomers() throws SQLException {
		Person idle = active(new Person("Idle", "Customer"));
		Person busy = active(new Person("Busy", "Customer"));
		Person fresh = active(new Person("Fresh", "Customer"));
		backdateStage(idle.getId(), 400);
		backdateStage(busy.getId(), 400);
		Activity call = new Activity(ActivityKind.CALL, "Quarterly review", LocalDateTime.now().minusDays(30));
		call.setPerson(busy);
		call.setStatus(ActivityStatus.DONE);
		activities.save(call);

		Instant cutoff = Instant.now().minus(Duration.ofDays(365));
		assertEquals(List.of(idle.getId()), parties.idleActiveCustomers(cutoff),
				"a recent done activity keeps a customer active, and so does a recent stage change");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		InactivityRule rule = new InactivityRule(parties, Duration.ofDays(365));
		assertThrows(OperationCanceledException.class, () -> rule.apply(cancelled));
		assertEquals(LifecycleStage.ACTIVE_CUSTOMER, parties.findPerson(idle.getId()).orElseThrow().getLifecycle(),
				"a run cancelled before its first chunk changes nothing");

		assertEquals(1, rule.apply(new NullProgressMonitor()));
		assertEquals(LifecycleStage.INACTIVE_CUSTOMER, parties.findPerson(idle.getId()).orElseThrow().getLifecycle());
		assertEquals(LifecycleStage.ACTIVE_CUSTOMER, parties.findPerson(busy.getId()).orElseThrow().getLifecycle());
		assertEquals(LifecycleStage.ACTIVE_CUSTOMER, parties.findPerson(fresh.getId()).orElseThrow().getLifecycle());
		LifecycleChange last = parties.lifecycleHistory(idle.getId()).getLast();
		assertEquals(LifecycleStage.ACTIVE_CUSTOMER, last.getFrom());
		assertEquals("no activity for 365 days", last.getReason());
		assertEquals(0, rule.apply(new NullProgressMonitor()), "running the rule twice changes nothing more");
	}

	private Person active(Person draft) {
		Person person = parties.createPerson(draft);
		person.setLifecycle(LifecycleStage.ACTIVE_CUSTOMER);
		return parties.update(person);
	}

	private void backdateStage(long partyId, int days) throws SQLException {
		try (Connection c = database.connection(); Statement s = c.createStatement()) {
			s.executeUpdate("UPDATE PARTY SET LIFECYCLE_SINCE = {fn TIMESTAMPADD(SQL_TSI_DAY, -" + days
					+ ", CURRENT_TIMESTAMP)} WHERE ID = " + partyId);
		}
	}

	@Test
	void segmentsPointAtChoiceValuesThatCanBeRenamedReorderedAndRetired() {
		List<ChoiceValue> industries = choices.values(Segment.INDUSTRY.listCode(), false);
		assertEquals("Technology", industries.get(0).getLabel(), "built-in values carry translated labels");
		ChoiceValue technology = industries.get(0);
		jose.setSegment(Segment.INDUSTRY, technology.getId());
		jose = parties.update(jose);

		ChoiceValue renamed = technology.copy();
		renamed.setName("Software and IT");
		renamed = choices.save(renamed);
		assertEquals("Software and IT", choices.value(technology.getId()).orElseThrow().getLabel());
		assertEquals(1, choices.countUses(renamed));

		List<ChoiceValue> reordered = new java.util.ArrayList<>(choices.values(Segment.INDUSTRY.listCode(), false));
		reordered.remove(renamed);
		reordered.add(renamed);
		choices.reorder(reordered);
		assertEquals("Software and IT", choices.values(Segment.INDUSTRY.listCode(), false).getLast().getLabel());

		ChoiceValue retired = choices.value(renamed.getId()).orElseThrow();
		retired.setRetired(true);
		choices.save(retired);
		assertFalse(choices.values(Segment.INDUSTRY.listCode(), false).contains(retired), "retired values are not offered");
		assertTrue(choices.values(Segment.INDUSTRY.listCode(), true).contains(retired));
		assertEquals(renamed.getId(), parties.findPerson(jose.getId()).orElseThrow().getSegment(Segment.INDUSTRY),
				"a record keeps the value it uses after the value is retired");

		choices.setTagColour("VIP", "#C0392B");
		choices.setTagColour("golf", "#27ae60");
		choices.setTagColour("golf", null);
		assertEquals(java.util.Map.of("vip", "#c0392b"), choices.tagColours(), "one colour per tag, case-insensitive");

		ChoiceValue ana = choices.save(new ChoiceValue(Segment.OWNER.listCode(), "Ana Ruiz"));
		assertEquals("Ana Ruiz", choices.values(Segment.OWNER.listCode(), false).get(0).getLabel());
		ValidationException taken = assertThrows(ValidationException.class,
				() -> choices.save(new ChoiceValue(Segment.OWNER.listCode(), "ana ruiz")));
		assertEquals(Fields.NAME, taken.getProblems().get(0).field());
		ChoiceValue old = ana.copy();
		ana.setName("Ana Ruiz López");
		choices.save(ana);
		old.setName("Ana R.");
		assertThrows(StaleRecordException.class, () -> choices.save(old));
	}

	@Test
	void severalListsReadTogetherMatchEachListReadAlone() {
		// what an editor reads of its seven drop-downs when it opens, in one read
		ChoiceValue ana = choices.save(new ChoiceValue(Segment.OWNER.listCode(), "Ana Ruiz"));
		choices.save(new ChoiceValue(Segment.OWNER.listCode(), "Bruno Díaz"));
		List<ChoiceValue> industries = new java.util.ArrayList<>(choices.values(Segment.INDUSTRY.listCode(), false));
		java.util.Collections.reverse(industries);
		choices.reorder(industries);
		ana = choices.value(ana.getId()).orElseThrow();
		ana.setRetired(true);
		choices.save(ana);
		List<String> codes = List.of(Segment.OWNER.listCode(), Segment.INDUSTRY.listCode(), "no-such-list");

		for (boolean retired : new boolean[] { false, true }) {
			java.util.Map<String, List<ChoiceValue>> together = choices.values(codes, retired);
			assertEquals(codes, List.copyOf(together.keySet()), "every list asked for, in the order asked");
			for (String code : codes) {
				assertEquals(choices.values(code, retired), together.get(code), code + ", retired " + retired);
			}
		}
		assertEquals(List.of("Bruno Díaz"), choices.values(codes, false).get(Segment.OWNER.listCode()).stream()
				.map(ChoiceValue::getLabel).toList(), "a retired entry is not offered");
		assertEquals(industries.get(0).getId(), choices.values(codes, false).get(Segment.INDUSTRY.listCode()).get(0).getId(),
				"the admin's order");
		assertTrue(choices.values(codes, true).get("no-such-list").isEmpty());
	}

	@Test
	void activityWithBothSidesShowsOnBothTimelinesAndInTheOwnersAgenda() {
		ChoiceValue ana = choices.save(new ChoiceValue(Segment.OWNER.listCode(), "Ana Ruiz"));
		Activity meeting = new Activity(ActivityKind.MEETING, "Renewal with José about BA Minds",
				LocalDateTime.now().plusDays(1));
		meeting.setPerson(jose);
		meeting.setOrganization(baMinds);
		meeting.setOwnerId(ana.getId());
		meeting.setDuration(45);
		meeting = activities.save(meeting);
		Activity overdue = new Activity(ActivityKind.TASK, "Send the proposal", LocalDateTime.now().minusDays(2));
		overdue.setOrganization(baMinds);
		overdue.setOwnerId(ana.getId());
		overdue = activities.save(overdue);
		Activity note = new Activity(ActivityKind.NOTE, "Prefers email", LocalDateTime.now().minusDays(10));
		note.setPerson(jose);
		activities.save(note);

		assertEquals(List.of("Renewal with José about BA Minds", "Prefers email"),
				activities.timeline(jose.getId(), null).stream().map(Activity::getSubject).toList(), "newest first");
		assertEquals(List.of("Renewal with José about BA Minds", "Send the proposal"),
				activities.timeline(baMinds.getId(), null).stream().map(Activity::getSubject).toList());
		assertEquals(List.of("Send the proposal"),
				activities.timeline(baMinds.getId(), Set.of(ActivityKind.TASK)).stream().map(Activity::getSubject).toList());

		List<Activity> agenda = activities.agenda(ana.getId(), LocalDateTime.now().plusDays(7));
		assertEquals(List.of("Send the proposal", "Renewal with José about BA Minds"),
				agenda.stream().map(Activity::getSubject).toList(), "overdue first, then upcoming");
		assertTrue(agenda.get(0).isOverdue(LocalDateTime.now()));

		Activity done = activities.markDone(overdue, "Sent v2 with the discount");
		assertEquals(ActivityStatus.DONE, done.getStatus());
		assertTrue(done.getDoneAt() != null);
		assertEquals(List.of("Renewal with José about BA Minds"),
				activities.agenda(ana.getId(), LocalDateTime.now().plusDays(7)).stream().map(Activity::getSubject).toList(),
				"done activities leave the agenda");
		Activity stale = overdue;
		assertThrows(StaleRecordException.class, () -> activities.markDone(stale, "again"));

		Activity nobody = new Activity(ActivityKind.CALL, "", LocalDateTime.now());
		ValidationException invalid = assertThrows(ValidationException.class, () -> activities.save(nobody));
		assertEquals(Set.of(Fields.PARTY, Fields.SUBJECT),
				Set.copyOf(invalid.getProblems().stream().map(p -> p.field()).toList()));

		assertEquals(2, activities.countActivities(jose.getId()));
		parties.delete(parties.findPerson(jose.getId()).orElseThrow());
		assertEquals(List.of("Renewal with José about BA Minds", "Send the proposal"),
				activities.timeline(baMinds.getId(), null).stream().map(Activity::getSubject).toList(),
				"deleting José keeps the meeting on BA Minds' timeline");
	}

	@Test
	void customFieldsAreValidatedStoredInTheRowAndSurviveReopening() {
		FieldDefinition employees = new FieldDefinition(FieldDefinition.ORGANIZATION, "employees", "Employees",
				FieldType.NUMBER);
		employees.setRequired(true);
		employees = fields.save(employees);
		fields.save(new FieldDefinition(FieldDefinition.ORGANIZATION, "founded", "Founded", FieldType.DATE));
		ValidationException taken = assertThrows(ValidationException.class, () -> fields
				.save(new FieldDefinition(FieldDefinition.ORGANIZATION, "employees", "Staff", FieldType.TEXT)));
		assertEquals(Fields.CODE, taken.getProblems().get(0).field());
		assertThrows(ValidationException.class,
				() -> fields.save(new FieldDefinition(FieldDefinition.ORGANIZATION, "Bad Code", "X", FieldType.TEXT)));

		Organization org = parties.findOrganization(baMinds.getId()).orElseThrow();
		org.setCustomValue("founded", "not a date");
		ValidationException invalid = assertThrows(ValidationException.class, () -> parties.update(org));
		assertEquals(Set.of(Fields.custom("employees"), Fields.custom("founded")),
				Set.copyOf(invalid.getProblems().stream().map(p -> p.field()).toList()),
				"a required field left empty and a malformed date are both reported");

		org.setCustomValue("employees", "120");
		org.setCustomValue("founded", "2009-03-01");
		org.setCustomValue("notes=with\nescapes", "a = b\\c\nline 2");
		parties.update(org);
		assertTrue(parties.createPerson(new Person("Luis", "Pérez")).getCustomValues().isEmpty(),
				"organization fields do not apply to persons");

		database.close();
		database = Database.openEmbedded(folder.resolve("db"));
		parties = new JpaPartyService(database);
		fields = new JpaFieldService(database);
		Organization reread = parties.findOrganization(baMinds.getId()).orElseThrow();
		assertEquals("120", reread.getCustomValue("employees"));
		assertEquals("2009-03-01", reread.getCustomValue("founded"));
		assertEquals("a = b\\c\nline 2", reread.getCustomValue("notes=with\nescapes"));
		assertEquals(List.of("employees", "founded"),
				fields.fields(FieldDefinition.ORGANIZATION, false).stream().map(FieldDefinition::getCode).toList());

		FieldDefinition email = fields.builtIn(FieldDefinition.PERSON, Fields.EMAIL);
		assertTrue(email.isNew());
		email.setReadOnly(true);
		fields.save(email);
		assertTrue(fields.builtIn(FieldDefinition.PERSON, Fields.EMAIL).isReadOnly());
		assertFalse(fields.builtIn(FieldDefinition.ORGANIZATION, Fields.EMAIL).isReadOnly(), "settings are per entity type");
	}

	@Test
	void affiliationsCarryTheirOwnCustomFields() {
		FieldDefinition share = new FieldDefinition(FieldDefinition.AFFILIATION, "share", "Share %", FieldType.NUMBER);
		share.setRequired(true);
		fields.save(share);
		JpaAffiliationService affiliations = new JpaAffiliationService(database);
		Affiliation draft = new Affiliation(jose, baMinds, affiliations.roleByCode(AffiliationRole.OWNER));
		ValidationException missing = assertThrows(ValidationException.class, () -> affiliations.affiliate(draft));
		assertEquals(Fields.custom("share"), missing.getProblems().get(0).field());
		assertTrue(draft.isNew(), "nothing saved");

		draft.setCustomValue("share", "12.5");
		Affiliation saved = affiliations.affiliate(draft);
		assertEquals("12.5", affiliations.organizationsOf(jose.getId(), Period.ALL).get(0).getCustomValues().get("share"));
		assertTrue(parties.findPerson(jose.getId()).orElseThrow().getCustomValues().isEmpty(),
				"affiliation fields are not person fields");
		saved.setCustomValue("share", "a lot");
		assertThrows(ValidationException.class, () -> affiliations.update(saved));
	}
}

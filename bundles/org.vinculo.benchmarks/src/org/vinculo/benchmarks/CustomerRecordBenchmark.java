package org.vinculo.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.vinculo.core.index.internal.LuceneSearchIndex;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityKind;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.FieldType;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.Segment;
import org.vinculo.core.persistence.internal.Database;
import org.vinculo.core.persistence.internal.JdbcPartyChangeFeed;
import org.vinculo.core.persistence.internal.JpaActivityService;
import org.vinculo.core.persistence.internal.JpaChoiceListService;
import org.vinculo.core.persistence.internal.JpaFieldService;
import org.vinculo.core.persistence.internal.JpaPartyService;
import org.vinculo.core.search.Facets;
import org.vinculo.core.service.PartyQuery;

/**
 * The customer record on a generated database ({@code releng/bench.sh fields}):
 * saving and reading parties with five custom values, filtering by lifecycle,
 * segment and custom value through the index, timelines and agendas, and the
 * inactivity rule's query, each against raw JDBC on the same Derby.
 */
final class CustomerRecordBenchmark {

	private static final long SEED = 20261124L;
	private static final int SAMPLES = 2_000;
	private static final int ACTIVITIES = 5_000;

	private final Path workspace;
	private final Path results;

	CustomerRecordBenchmark(Path workspace, Path results) {
		this.workspace = workspace;
		this.results = results;
	}

	void run() throws Exception {
		Figures figures = new Figures();
		try (Database database = Database.openEmbedded(workspace.resolve("vinculo-db")); //$NON-NLS-1$
				LuceneSearchIndex index = new LuceneSearchIndex(new JdbcPartyChangeFeed(database));
				Connection jdbc = database.dataSource().getConnection()) {
			JpaPartyService parties = new JpaPartyService(database);
			JpaChoiceListService choices = new JpaChoiceListService(database);
			index.catchUp();
			figures.value("parties in the database", String.format(Locale.ROOT, "%,d", parties.count())); //$NON-NLS-1$ //$NON-NLS-2$
			List<Long> channels = defineFields(new JpaFieldService(database), choices);
			long[] ids = personIds(jdbc);
			SplittableRandom random = new SplittableRandom(SEED);

			List<Long> edited = saves(figures, parties, jdbc, ids, channels, random);
			reads(figures, parties, jdbc, edited);
			long catchUp = System.nanoTime();
			int applied = index.catchUp();
			figures.value(String.format(Locale.ROOT, "index catch-up after %,d edits", applied), //$NON-NLS-1$
					Figures.ms(System.nanoTime() - catchUp));
			filters(figures, index, jdbc, choices, channels);
			activities(figures, new JpaActivityService(database), parties, jdbc, ids, choices, random);
			inactivity(figures, parties, jdbc);
		}
		figures.print(results, "## fields (" + Instant.now() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Five person fields, one of each common type; returns the choice field's value ids. */
	private static List<Long> defineFields(JpaFieldService fields, JpaChoiceListService choices) {
		if (fields.fields(FieldDefinition.PERSON, false).stream().noneMatch(f -> "channel".equals(f.getCode()))) { //$NON-NLS-1$
			fields.save(new FieldDefinition(FieldDefinition.PERSON, "customer-since", "Customer since", FieldType.DATE)); //$NON-NLS-1$ //$NON-NLS-2$
			fields.save(new FieldDefinition(FieldDefinition.PERSON, "annual-spend", "Annual spend", FieldType.NUMBER)); //$NON-NLS-1$ //$NON-NLS-2$
			fields.save(new FieldDefinition(FieldDefinition.PERSON, "newsletter", "Newsletter", FieldType.BOOLEAN)); //$NON-NLS-1$ //$NON-NLS-2$
			fields.save(new FieldDefinition(FieldDefinition.PERSON, "referrer", "Referred by", FieldType.TEXT)); //$NON-NLS-1$ //$NON-NLS-2$
			FieldDefinition channel = fields
					.save(new FieldDefinition(FieldDefinition.PERSON, "channel", "Preferred channel", FieldType.CHOICE)); //$NON-NLS-1$ //$NON-NLS-2$
			for (String name : new String[] { "Email", "Phone", "Visit", "WhatsApp" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				choices.save(new ChoiceValue(channel.choiceListCode(), name));
			}
		}
		FieldDefinition channel = fields.fields(FieldDefinition.PERSON, false).stream()
				.filter(f -> "channel".equals(f.getCode())).findFirst().orElseThrow(); //$NON-NLS-1$
		return choices.values(channel.choiceListCode(), false).stream().map(ChoiceValue::getId).toList();
	}

	private static long[] personIds(Connection jdbc) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement select = jdbc.prepareStatement("SELECT ID FROM PARTY WHERE KIND = 'P'"); //$NON-NLS-1$
				ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids.stream().mapToLong(Long::longValue).toArray();
	}

	/**
	 * Saving a person with five custom values and a new stage through the
	 * service (validation against the definitions, version check, history row,
	 * revision) against one JDBC UPDATE of the same columns.
	 */
	private static List<Long> saves(Figures figures, JpaPartyService parties, Connection jdbc, long[] ids,
			List<Long> channels, SplittableRandom random) throws SQLException {
		long[] ours = new long[SAMPLES];
		long[] raw = new long[SAMPLES];
		List<Long> edited = new ArrayList<>();
		jdbc.setAutoCommit(true);
		try (PreparedStatement update = jdbc.prepareStatement("UPDATE PARTY SET CUSTOM_VALUES = ?, LIFECYCLE = ?," //$NON-NLS-1$
				+ " LIFECYCLE_SINCE = ?, VERSION = VERSION + 1, UPDATED_AT = ? WHERE ID = ? AND VERSION = ?")) { //$NON-NLS-1$
			for (int round = 0; round < 2; round++) { // the first round warms up both
				for (int i = 0; i < SAMPLES; i++) {
					Person person = (Person) parties.find(ids[random.nextInt(ids.length)]).orElseThrow();
					fill(person, channels, random);
					long start = System.nanoTime();
					parties.update(person);
					ours[i] = System.nanoTime() - start;
					edited.add(person.getId());

					Party other = parties.find(ids[random.nextInt(ids.length)]).orElseThrow();
					fill(other, channels, random);
					start = System.nanoTime();
					update.setString(1, org.vinculo.core.model.CustomValues.encode(other.getCustomValues()));
					update.setString(2, other.getLifecycle().name());
					Timestamp now = Timestamp.from(Instant.now());
					update.setTimestamp(3, now);
					update.setTimestamp(4, now);
					update.setLong(5, other.getId());
					update.setLong(6, other.getVersion());
					update.executeUpdate();
					raw[i] = System.nanoTime() - start;
				}
			}
		}
		figures.latency("save a person with 5 custom values + new stage", ours, raw); //$NON-NLS-1$
		return edited;
	}

	private static void fill(Party party, List<Long> channels, SplittableRandom random) {
		party.setCustomValue("customer-since", LocalDate.of(2010 + random.nextInt(16), 1 + random.nextInt(12), 1).toString()); //$NON-NLS-1$
		party.setCustomValue("annual-spend", random.nextInt(100_000) + "." + random.nextInt(10) + "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		party.setCustomValue("newsletter", Boolean.toString(random.nextBoolean())); //$NON-NLS-1$
		party.setCustomValue("referrer", "Referred at the trade fair of " + (2015 + random.nextInt(10))); //$NON-NLS-1$ //$NON-NLS-2$
		party.setCustomValue("channel", channels.get(random.nextInt(channels.size())).toString()); //$NON-NLS-1$
		LifecycleStage[] stages = LifecycleStage.values();
		party.setLifecycle(stages[(party.getLifecycle().ordinal() + 1) % stages.length]);
	}

	/** Reading a person with its custom values by id, against one JDBC SELECT of the whole row. */
	private static void reads(Figures figures, JpaPartyService parties, Connection jdbc, List<Long> ids)
			throws SQLException {
		long[] ours = new long[SAMPLES];
		long[] raw = new long[SAMPLES];
		try (PreparedStatement find = jdbc.prepareStatement("SELECT * FROM PARTY WHERE ID = ?")) { //$NON-NLS-1$
			for (int round = 0; round < 2; round++) {
				for (int i = 0; i < SAMPLES; i++) {
					long start = System.nanoTime();
					find.setLong(1, ids.get(ids.size() - 1 - i));
					try (ResultSet rs = find.executeQuery()) {
						while (rs.next()) {
							for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
								rs.getObject(c);
							}
						}
					}
					raw[i] = System.nanoTime() - start;
					start = System.nanoTime();
					parties.find(ids.get(i)).orElseThrow().getCustomValues();
					ours[i] = System.nanoTime() - start;
				}
			}
		}
		figures.latency("read a person with its custom values by id", ours, raw); //$NON-NLS-1$
	}

	/** A page of 200 by name, filtered by stage, owner, custom choice, and text + stage. */
	private static void filters(Figures figures, LuceneSearchIndex index, Connection jdbc, JpaChoiceListService choices,
			List<Long> channels) throws SQLException {
		List<ChoiceValue> owners = choices.values(Segment.OWNER.listCode(), false);
		int n = 40;
		long[] ours = new long[n];
		long[] raw = new long[n];
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < n; i++) {
				LifecycleStage stage = LifecycleStage.values()[i % 4];
				ours[i] = time(index, PartyQuery.all().page(0, 200).withFacet(Facets.lifecycle(stage)));
				raw[i] = rawPage(jdbc, "SELECT ID, KIND, DISPLAY_NAME FROM PARTY WHERE LIFECYCLE = ?" //$NON-NLS-1$
						+ " ORDER BY SORT_KEY FETCH FIRST 200 ROWS ONLY", stage.name()); //$NON-NLS-1$
			}
		}
		figures.latency("filter by stage, first 200 by name", ours, raw); //$NON-NLS-1$
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < n; i++) {
				ChoiceValue owner = owners.get(i % owners.size());
				ours[i] = time(index, PartyQuery.all().page(0, 200).withFacet(Facets.segment(Segment.OWNER, owner.getId())));
				raw[i] = rawPage(jdbc, "SELECT ID, KIND, DISPLAY_NAME FROM PARTY WHERE OWNER_ID = ?" //$NON-NLS-1$
						+ " ORDER BY SORT_KEY FETCH FIRST 200 ROWS ONLY", owner.getId()); //$NON-NLS-1$
			}
		}
		figures.latency("filter by owner (1 of 20), first 200 by name", ours, raw); //$NON-NLS-1$
		long[] custom = new long[n];
		long[] rawCustom = new long[4];
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < n; i++) {
				long channel = channels.get(i % channels.size());
				custom[i] = time(index, PartyQuery.all().page(0, 200).withFacet(Facets.custom("channel", Long.toString(channel)))); //$NON-NLS-1$
			}
		}
		for (int i = 0; i < rawCustom.length; i++) {
			rawCustom[i] = rawPage(jdbc, "SELECT ID, KIND, DISPLAY_NAME FROM PARTY WHERE CUSTOM_VALUES LIKE ?" //$NON-NLS-1$
					+ " ORDER BY SORT_KEY FETCH FIRST 200 ROWS ONLY", "%channel=" + channels.get(i) + "%"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		figures.latency("filter by a custom choice value (vs LIKE scan)", custom, rawCustom); //$NON-NLS-1$
		long[] text = new long[n];
		for (int i = 0; i < n; i++) {
			text[i] = time(index, PartyQuery.matching(i % 2 == 0 ? "garcía" : "martín").page(0, 200) //$NON-NLS-1$ //$NON-NLS-2$
					.withFacet(Facets.lifecycle(LifecycleStage.ACTIVE_CUSTOMER)));
		}
		figures.latency("text 'garcía' + active customers, 200", text, null); //$NON-NLS-1$
	}

	private static long time(LuceneSearchIndex index, PartyQuery query) {
		long start = System.nanoTime();
		index.search(query).hits();
		return System.nanoTime() - start;
	}

	private static long rawPage(Connection jdbc, String sql, Object parameter) throws SQLException {
		long start = System.nanoTime();
		try (PreparedStatement select = jdbc.prepareStatement(sql)) {
			select.setObject(1, parameter);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					rs.getString(3);
				}
			}
		}
		return System.nanoTime() - start;
	}

	/** Logging activities, then reading timelines and agendas, against the same reads in JDBC. */
	private static void activities(Figures figures, JpaActivityService activities, JpaPartyService parties,
			Connection jdbc, long[] ids, JpaChoiceListService choices, SplittableRandom random) throws SQLException {
		List<ChoiceValue> owners = choices.values(Segment.OWNER.listCode(), false);
		long[] sampleIds = new long[500];
		List<Person> sample = new ArrayList<>();
		for (int i = 0; i < sampleIds.length; i++) {
			sampleIds[i] = ids[random.nextInt(ids.length)];
			sample.add((Person) parties.find(sampleIds[i]).orElseThrow());
		}
		long start = System.nanoTime();
		for (int i = 0; i < ACTIVITIES; i++) {
			Activity activity = new Activity(ActivityKind.values()[i % 6], "Benchmark activity " + i, //$NON-NLS-1$
					LocalDateTime.now().plusHours(random.nextInt(24 * 30) - 24 * 15));
			activity.setPerson(sample.get(i % sample.size()));
			activity.setOwnerId(owners.get(i % owners.size()).getId());
			activities.save(activity);
		}
		figures.rate("log an activity (one save each)", ACTIVITIES / ((System.nanoTime() - start) / 1e9), 0, "/s"); //$NON-NLS-1$ //$NON-NLS-2$

		long[] ours = new long[sampleIds.length];
		long[] raw = new long[sampleIds.length];
		try (PreparedStatement person = jdbc.prepareStatement("SELECT * FROM ACTIVITY WHERE PERSON_ID = ?"); //$NON-NLS-1$
				PreparedStatement organization = jdbc.prepareStatement("SELECT * FROM ACTIVITY WHERE ORGANIZATION_ID = ?")) { //$NON-NLS-1$
			for (int round = 0; round < 2; round++) {
				for (int i = 0; i < sampleIds.length; i++) {
					long t = System.nanoTime();
					activities.timeline(sampleIds[i], null);
					ours[i] = System.nanoTime() - t;
					t = System.nanoTime();
					for (PreparedStatement side : new PreparedStatement[] { person, organization }) {
						side.setLong(1, sampleIds[i]);
						try (ResultSet rs = side.executeQuery()) {
							while (rs.next()) {
								rs.getString("SUBJECT"); //$NON-NLS-1$
							}
						}
					}
					raw[i] = System.nanoTime() - t;
				}
			}
		}
		figures.latency("a party's timeline (about 10 activities)", ours, raw); //$NON-NLS-1$

		long[] agenda = new long[owners.size() * 5];
		long[] rawAgenda = new long[agenda.length];
		try (PreparedStatement select = jdbc.prepareStatement("SELECT * FROM ACTIVITY WHERE STATUS = 'PLANNED'" //$NON-NLS-1$
				+ " AND OWNER_ID = ? AND STARTS_AT < ? ORDER BY STARTS_AT")) { //$NON-NLS-1$
			for (int round = 0; round < 2; round++) {
				for (int i = 0; i < agenda.length; i++) {
					long owner = owners.get(i % owners.size()).getId();
					LocalDateTime until = LocalDate.now().plusDays(7).atStartOfDay();
					long t = System.nanoTime();
					activities.agenda(owner, until);
					agenda[i] = System.nanoTime() - t;
					t = System.nanoTime();
					select.setLong(1, owner);
					select.setTimestamp(2, Timestamp.valueOf(until));
					try (ResultSet rs = select.executeQuery()) {
						while (rs.next()) {
							rs.getString("SUBJECT"); //$NON-NLS-1$
						}
					}
					rawAgenda[i] = System.nanoTime() - t;
				}
			}
		}
		figures.latency("an owner's agenda, a week ahead + overdue", agenda, rawAgenda); //$NON-NLS-1$
	}

	/**
	 * The inactivity rule's query at its worst: a cutoff after now, so every
	 * active customer is idle and each is checked for done activities.
	 */
	private static void inactivity(Figures figures, JpaPartyService parties, Connection jdbc) throws SQLException {
		Instant cutoff = Instant.now().plus(Duration.ofDays(1));
		long start = System.nanoTime();
		int found = parties.idleActiveCustomers(cutoff).size();
		long ours = System.nanoTime() - start;
		start = System.nanoTime();
		int rawFound = 0;
		try (PreparedStatement select = jdbc.prepareStatement("SELECT ID FROM PARTY WHERE LIFECYCLE = 'ACTIVE_CUSTOMER'")) { //$NON-NLS-1$
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					rawFound++;
				}
			}
		}
		long raw = System.nanoTime() - start;
		figures.latency(String.format(Locale.ROOT, "inactivity rule: find %,d idle of %,d active", found, rawFound), //$NON-NLS-1$
				new long[] { ours }, new long[] { raw });
	}
}

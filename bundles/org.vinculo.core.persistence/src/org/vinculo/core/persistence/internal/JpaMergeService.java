package org.vinculo.core.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.dedupe.MergeField;
import org.vinculo.core.dedupe.MergeParticipant;
import org.vinculo.core.dedupe.MergeRecord;
import org.vinculo.core.dedupe.MergeService;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.PostalAddress;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.StaleRecordException;

import jakarta.persistence.EntityManager;

/**
 * {@link MergeService} on the database. The survivor is changed through the
 * persistence unit; attached rows are re-pointed by SQL, each moved row
 * recorded so undo moves exactly those back; the loser's row is hidden
 * ({@code MERGED_INTO}), never deleted.
 */
@Component(service = MergeService.class)
public final class JpaMergeService implements MergeService {

	static final String EXTENSION_POINT = "org.vinculo.core.mergeParticipants"; //$NON-NLS-1$
	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}"); //$NON-NLS-1$
	private static final String CONTACTS = "contacts"; //$NON-NLS-1$
	private static final String ADDRESSES = "addresses"; //$NON-NLS-1$
	private static final String TAGS = "tags"; //$NON-NLS-1$
	private static final String EMAIL = "email"; //$NON-NLS-1$
	private static final String PHONE = "phone"; //$NON-NLS-1$
	private static final String SEGMENT = "segment."; //$NON-NLS-1$
	private static final String CUSTOM = "custom."; //$NON-NLS-1$

	/** A party-id column of some table, and who declared it. */
	record Reference(String table, String column, String key, String label, String contributor) {
	}

	private final Database database;

	@Activate
	public JpaMergeService(@org.osgi.service.component.annotations.Reference DatabaseComponent component) {
		this(component.database());
	}

	private JpaMergeService(Database database) {
		this.database = database;
	}

	/**
	 * For tests and tools outside OSGi. (A factory rather than a second public
	 * constructor: Felix SCR may try constructors in any order.)
	 */
	public static JpaMergeService on(Database database) {
		return new JpaMergeService(database);
	}

	/** The core's own references; plug-ins add theirs through the extension point. */
	private static List<Reference> coreReferences() {
		String core = "org.vinculo.core"; //$NON-NLS-1$
		return List.of(new Reference("AFFILIATION", "PERSON_ID", "ID", Messages.Merge_affiliations, core), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new Reference("AFFILIATION", "ORGANIZATION_ID", "ID", Messages.Merge_affiliations, core), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new Reference("RELATIONSHIP", "FROM_ID", "ID", Messages.Merge_relationships, core), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new Reference("RELATIONSHIP", "TO_ID", "ID", Messages.Merge_relationships, core), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new Reference("ACTIVITY", "PERSON_ID", "ID", Messages.Merge_activities, core), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new Reference("ACTIVITY", "ORGANIZATION_ID", "ID", Messages.Merge_activities, core), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new Reference("LIFECYCLE_CHANGE", "PARTY_ID", "ID", Messages.Merge_lifecycleHistory, core)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Core references plus every valid contributed one; invalid ones are logged and left out. */
	static List<Reference> references() {
		List<Reference> references = new ArrayList<>(coreReferences());
		for (IConfigurationElement element : contributions("reference")) { //$NON-NLS-1$
			String table = element.getAttribute("table"); //$NON-NLS-1$
			String column = element.getAttribute("column"); //$NON-NLS-1$
			String key = Objects.requireNonNullElse(element.getAttribute("key"), "ID"); //$NON-NLS-1$ //$NON-NLS-2$
			String label = Objects.requireNonNullElse(element.getAttribute("label"), table); //$NON-NLS-1$
			String contributor = element.getContributor().getName();
			if (table == null || column == null || !IDENTIFIER.matcher(table).matches()
					|| !IDENTIFIER.matcher(column).matches() || !IDENTIFIER.matcher(key).matches()) {
				log(contributor, "Merge reference ignored: table, column and key must be SQL names", null); //$NON-NLS-1$
				continue;
			}
			references.add(new Reference(table.toUpperCase(java.util.Locale.ROOT), column.toUpperCase(java.util.Locale.ROOT),
					key.toUpperCase(java.util.Locale.ROOT), label, contributor));
		}
		return references;
	}

	private static List<IConfigurationElement> contributions(String name) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		List<IConfigurationElement> elements = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (name.equals(element.getName())) {
				elements.add(element);
			}
		}
		return elements;
	}

	private record Participant(MergeParticipant participant, String contributor) {
	}

	private static List<Participant> participants() {
		List<Participant> participants = new ArrayList<>();
		for (IConfigurationElement element : contributions("participant")) { //$NON-NLS-1$
			String contributor = element.getContributor().getName();
			try {
				participants.add(new Participant((MergeParticipant) element.createExecutableExtension("class"), //$NON-NLS-1$
						contributor));
			} catch (CoreException | RuntimeException e) {
				// a participant that cannot be created would lose its rows in a merge: refuse to merge
				throw new IllegalStateException(NLS.bind(Messages.Merge_participantFailed, contributor, e.getMessage()), e);
			}
		}
		return participants;
	}

	private static void log(String contributor, String message, Throwable error) {
		try {
			ILog.of(JpaMergeService.class).log(new Status(org.eclipse.core.runtime.IStatus.ERROR, contributor, message, error));
		} catch (RuntimeException | LinkageError e) {
			System.err.println(contributor + ": " + message); //$NON-NLS-1$
		}
	}

	/** A new id from the shared id table, inside the caller's transaction. */
	static long nextId(EntityManager em) {
		em.createNativeQuery("UPDATE ID_SEQUENCE SET SEQ_COUNT = SEQ_COUNT + 1 WHERE SEQ_NAME = 'RECORD'").executeUpdate(); //$NON-NLS-1$
		return ((Number) em.createNativeQuery("SELECT SEQ_COUNT FROM ID_SEQUENCE WHERE SEQ_NAME = 'RECORD'") //$NON-NLS-1$
				.getSingleResult()).longValue();
	}

	/** Drops the merge records of parties being deleted. */
	static void forgetMerges(EntityManager em, List<Long> ids) {
		String in = Database.inList(ids);
		String merges = "(SELECT ID FROM PARTY_MERGE WHERE SURVIVOR_ID IN " + in + " OR LOSER_ID IN " + in + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		em.createNativeQuery("DELETE FROM PARTY_MERGE_MOVE WHERE MERGE_ID IN " + merges).executeUpdate(); //$NON-NLS-1$
		em.createNativeQuery("DELETE FROM PARTY_MERGE_FIELD WHERE MERGE_ID IN " + merges).executeUpdate(); //$NON-NLS-1$
		em.createNativeQuery("DELETE FROM PARTY_MERGE WHERE SURVIVOR_ID IN " + in + " OR LOSER_ID IN " + in).executeUpdate(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public List<MergeField> fields(long survivorId, long loserId) {
		return database.read(em -> {
			Party survivor = em.find(Party.class, survivorId);
			Party loser = em.find(Party.class, loserId);
			if (survivor == null || loser == null) {
				throw new IllegalArgumentException("No such party"); //$NON-NLS-1$
			}
			List<MergeField> fields = new ArrayList<>();
			for (String code : codes(em, survivor, loser)) {
				fields.add(new MergeField(code, label(em, code, survivor), show(em, code, survivor), show(em, code, loser)));
			}
			return fields;
		});
	}

	/** The fields a user chooses between, in form order. */
	private static List<String> codes(EntityManager em, Party survivor, Party loser) {
		List<String> codes = new ArrayList<>();
		if (survivor instanceof Person) {
			codes.addAll(List.of("firstName", "lastName")); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			codes.addAll(List.of("name", "website")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		codes.addAll(List.of(EMAIL, PHONE, "notes", "lifecycle")); //$NON-NLS-1$ //$NON-NLS-2$
		for (Segment segment : Segment.values()) {
			codes.add(SEGMENT + segment.name());
		}
		Set<String> custom = new TreeSet<>(survivor.getCustomValues().keySet());
		custom.addAll(loser.getCustomValues().keySet());
		custom.forEach(code -> codes.add(CUSTOM + code));
		return codes;
	}

	private static String label(EntityManager em, String code, Party party) {
		if (code.startsWith(SEGMENT)) {
			return Segment.valueOf(code.substring(SEGMENT.length())).label();
		}
		if (code.startsWith(CUSTOM)) {
			String field = code.substring(CUSTOM.length());
			String entity = party instanceof Person ? FieldDefinition.PERSON : FieldDefinition.ORGANIZATION;
			return JpaFieldService.fields(em, entity).stream().filter(f -> f.getCode().equals(field)).findFirst()
					.map(FieldDefinition::getLabel).orElse(field);
		}
		return switch (code) {
		case "firstName" -> Messages.Merge_firstName; //$NON-NLS-1$
		case "lastName" -> Messages.Merge_lastName; //$NON-NLS-1$
		case "name" -> Messages.Merge_name; //$NON-NLS-1$
		case "website" -> Messages.Merge_website; //$NON-NLS-1$
		case "notes" -> Messages.Merge_notes; //$NON-NLS-1$
		case "lifecycle" -> Messages.Merge_lifecycle; //$NON-NLS-1$
		case EMAIL -> Messages.Merge_email;
		case PHONE -> Messages.Merge_phone;
		default -> code;
		};
	}

	/** A field's value as users read it. */
	private static String show(EntityManager em, String code, Party party) {
		if (code.startsWith(SEGMENT)) {
			Long id = party.getSegment(Segment.valueOf(code.substring(SEGMENT.length())));
			ChoiceValue value = id == null ? null : em.find(ChoiceValue.class, id);
			return value == null ? null : value.getLabel();
		}
		if (code.equals("lifecycle")) { //$NON-NLS-1$
			return party.getLifecycle() == null ? null : party.getLifecycle().label();
		}
		return get(party, code);
	}

	/** A field's stored value, as text. */
	static String get(Party party, String code) {
		if (code.startsWith(SEGMENT)) {
			Long id = party.getSegment(Segment.valueOf(code.substring(SEGMENT.length())));
			return id == null ? null : id.toString();
		}
		if (code.startsWith(CUSTOM)) {
			return party.getCustomValue(code.substring(CUSTOM.length()));
		}
		return switch (code) {
		case "firstName" -> ((Person) party).getFirstName(); //$NON-NLS-1$
		case "lastName" -> ((Person) party).getLastName(); //$NON-NLS-1$
		case "name" -> ((Organization) party).getName(); //$NON-NLS-1$
		case "website" -> ((Organization) party).getWebsite(); //$NON-NLS-1$
		case "notes" -> party.getNotes(); //$NON-NLS-1$
		case "lifecycle" -> party.getLifecycle() == null ? null : party.getLifecycle().name(); //$NON-NLS-1$
		case EMAIL -> party.getEmail();
		case PHONE -> party.getPhone();
		case CONTACTS -> encodeContacts(party.getContactPoints());
		case ADDRESSES -> encodeAddresses(party.getAddresses());
		case TAGS -> String.join("\n", party.getTags()); //$NON-NLS-1$
		default -> throw new IllegalArgumentException(code);
		};
	}

	static void set(Party party, String code, String value) {
		if (code.startsWith(SEGMENT)) {
			party.setSegment(Segment.valueOf(code.substring(SEGMENT.length())), value == null ? null : Long.valueOf(value));
			return;
		}
		if (code.startsWith(CUSTOM)) {
			party.setCustomValue(code.substring(CUSTOM.length()), value);
			return;
		}
		switch (code) {
		case "firstName" -> ((Person) party).setFirstName(value); //$NON-NLS-1$
		case "lastName" -> ((Person) party).setLastName(value); //$NON-NLS-1$
		case "name" -> ((Organization) party).setName(value); //$NON-NLS-1$
		case "website" -> ((Organization) party).setWebsite(value); //$NON-NLS-1$
		case "notes" -> party.setNotes(value); //$NON-NLS-1$
		case "lifecycle" -> party.setLifecycle(value == null ? LifecycleStage.INITIAL : LifecycleStage.valueOf(value)); //$NON-NLS-1$
		case CONTACTS -> party.setContactPoints(decodeContacts(value));
		case ADDRESSES -> party.setAddresses(decodeAddresses(value));
		case TAGS -> party.setTags(value == null || value.isEmpty() ? List.of() : List.of(value.split("\n"))); //$NON-NLS-1$
		default -> throw new IllegalArgumentException(code);
		}
	}

	@Override
	public Map<String, Long> attachments(long partyId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection connection = database.connection()) {
			for (Reference reference : references()) {
				try (PreparedStatement count = connection.prepareStatement(
						"SELECT COUNT(*) FROM " + reference.table() + " WHERE " + reference.column() + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					count.setLong(1, partyId);
					try (ResultSet rows = count.executeQuery()) {
						rows.next();
						if (rows.getLong(1) > 0) {
							counts.merge(reference.label(), rows.getLong(1), Long::sum);
						}
					}
				} catch (SQLException e) {
					log(reference.contributor(), "Cannot count " + reference.table() + "." + reference.column(), e); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return counts;
	}

	@Override
	public MergeRecord merge(long survivorId, long loserId, Set<String> takeFromLoser, long survivorVersion,
			long loserVersion) {
		if (survivorId == loserId) {
			throw new IllegalArgumentException("A record cannot be merged into itself"); //$NON-NLS-1$
		}
		List<Reference> references = references();
		List<Participant> participants = participants();
		MergeRecord record = database.write(em -> {
			long revision = Database.nextRevision(em);
			LinkRevisions.bulk(em, revision); // links move from one party to the other
			Party survivor = em.find(Party.class, survivorId);
			Party loser = em.find(Party.class, loserId);
			check(survivor, survivorVersion);
			check(loser, loserVersion);
			if (survivor.getKind() != loser.getKind()) {
				throw new IllegalArgumentException("A person and an organization cannot be merged"); //$NON-NLS-1$
			}
			long mergeId = nextId(em);
			Instant now = Instant.now();
			Connection connection = em.unwrap(Connection.class);
			try {
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO PARTY_MERGE (ID, SURVIVOR_ID, LOSER_ID, MERGED_AT, MERGED_BY) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
					insert.setLong(1, mergeId);
					insert.setLong(2, survivorId);
					insert.setLong(3, loserId);
					insert.setTimestamp(4, Timestamp.from(now));
					insert.setString(5, System.getProperty("user.name")); //$NON-NLS-1$
					insert.executeUpdate();
				}
				Map<String, String[]> changes = new LinkedHashMap<>();
				for (String code : codes(em, survivor, loser)) {
					if (code.equals(EMAIL) || code.equals(PHONE) || !takeFromLoser.contains(code)) {
						continue;
					}
					String before = get(survivor, code);
					String after = get(loser, code);
					if (!Objects.equals(before, after)) {
						set(survivor, code, after);
						changes.put(code, new String[] { before, after });
					}
				}
				combine(survivor, loser, takeFromLoser, changes);
				survivor.refreshDerivedFields();
				survivor.touch(now, revision);
				em.flush();
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO PARTY_MERGE_FIELD (MERGE_ID, FIELD_CODE, OLD_VALUE, NEW_VALUE) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
					for (Map.Entry<String, String[]> change : changes.entrySet()) {
						insert.setLong(1, mergeId);
						insert.setString(2, change.getKey());
						insert.setString(3, change.getValue()[0]);
						insert.setString(4, change.getValue()[1]);
						insert.addBatch();
					}
					insert.executeBatch();
				}
				long moved = 0;
				for (Reference reference : references) {
					moved += move(connection, reference, mergeId, survivorId, loserId);
				}
				for (Participant participant : participants) {
					try {
						participant.participant().merge(connection, mergeId, survivorId, loserId);
					} catch (SQLException | RuntimeException e) {
						log(participant.contributor(), "Merge participant failed", e); //$NON-NLS-1$
						throw new IllegalStateException(
								NLS.bind(Messages.Merge_participantFailed, participant.contributor(), e.getMessage()), e);
					}
				}
				if (survivor instanceof Person) {
					try (PreparedStatement update = connection
							.prepareStatement("UPDATE AFFILIATION SET PERSON_SORT_KEY = ? WHERE PERSON_ID = ?")) { //$NON-NLS-1$
						update.setString(1, survivor.getSortKey());
						update.setLong(2, survivorId);
						update.executeUpdate();
					}
				}
				hide(connection, loserId, survivorId, revision);
				return new MergeRecord(mergeId, survivorId, loserId, survivor.getDisplayName(), loser.getDisplayName(), now,
						System.getProperty("user.name"), moved, null); //$NON-NLS-1$
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
		announce(survivorId, loserId, true);
		return record;
	}

	private static void check(Party party, long version) {
		if (party == null || party.getVersion() != version) {
			throw new StaleRecordException(NLS.bind(Messages.Stale_party, party == null ? "" : party.getDisplayName()), //$NON-NLS-1$
					party == null ? null : party.getId(), null);
		}
		if (party.getMergedInto() != null) {
			throw new StaleRecordException(NLS.bind(Messages.Merge_alreadyMerged, party.getDisplayName()), party.getId(),
					null);
		}
	}

	/**
	 * Adds the loser's emails, phones, addresses and tags the survivor lacks; the
	 * chosen main email or phone goes first. Records the before and after of each.
	 */
	private static void combine(Party survivor, Party loser, Set<String> take, Map<String, String[]> changes) {
		String contactsBefore = get(survivor, CONTACTS);
		List<ContactPoint> points = new ArrayList<>();
		survivor.getContactPoints().forEach(p -> points.add(new ContactPoint(p.getChannel(), p.getLabel(), p.getValue())));
		for (ContactPoint point : loser.getContactPoints()) {
			if (points.stream().noneMatch(existing -> existing.sameAs(point))) {
				points.add(new ContactPoint(point.getChannel(), point.getLabel(), point.getValue()));
			}
		}
		for (Channel channel : List.of(Channel.EMAIL, Channel.PHONE)) {
			String main = channel == Channel.EMAIL ? loser.getEmail() : loser.getPhone();
			if (take.contains(channel == Channel.EMAIL ? EMAIL : PHONE) && main != null) {
				ContactPoint first = points.stream().filter(p -> p.getChannel() == channel && main.equals(p.getValue()))
						.findFirst().orElse(null);
				if (first != null) {
					points.remove(first);
					points.add(0, first);
				}
			}
		}
		survivor.setContactPoints(points);
		record(changes, CONTACTS, contactsBefore, get(survivor, CONTACTS));
		String addressesBefore = get(survivor, ADDRESSES);
		List<PostalAddress> addresses = new ArrayList<>();
		survivor.getAddresses().forEach(a -> addresses.add(copy(a)));
		for (PostalAddress address : loser.getAddresses()) {
			if (addresses.stream().noneMatch(existing -> existing.sameAs(address))) {
				addresses.add(copy(address));
			}
		}
		survivor.setAddresses(addresses);
		record(changes, ADDRESSES, addressesBefore, get(survivor, ADDRESSES));
		String tagsBefore = get(survivor, TAGS);
		Set<String> tags = new LinkedHashSet<>(survivor.getTags());
		tags.addAll(loser.getTags());
		survivor.setTags(tags);
		record(changes, TAGS, tagsBefore, get(survivor, TAGS));
	}

	private static PostalAddress copy(PostalAddress a) {
		return new PostalAddress(a.getLabel(), a.getStreet(), a.getPostalCode(), a.getCity(), a.getRegion(), a.getCountry());
	}

	private static void record(Map<String, String[]> changes, String code, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.put(code, new String[] { before, after });
		}
	}

	/** Re-points the loser's rows of one reference, recording each. */
	private static long move(Connection connection, Reference reference, long mergeId, long survivorId, long loserId)
			throws SQLException {
		String select = "SELECT " + reference.key() + " FROM " + reference.table() + " WHERE " + reference.column() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " = ?"; //$NON-NLS-1$
		if (reference.table().equals("RELATIONSHIP")) { //$NON-NLS-1$
			// a relationship between the two would point from the survivor to itself: it stays with the hidden loser
			String other = reference.column().equals("FROM_ID") ? "TO_ID" : "FROM_ID"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			select += " AND " + other + " <> " + survivorId; //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<Long> rows = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(select)) {
			query.setLong(1, loserId);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					rows.add(result.getLong(1));
				}
			}
		} catch (SQLException e) {
			log(reference.contributor(), "Merge reference cannot be read", e); //$NON-NLS-1$
			throw new IllegalStateException(NLS.bind(Messages.Merge_participantFailed, reference.contributor(),
					e.getMessage()), e);
		}
		if (rows.isEmpty()) {
			return 0;
		}
		try (PreparedStatement record = connection.prepareStatement(
				"INSERT INTO PARTY_MERGE_MOVE (MERGE_ID, TABLE_NAME, COLUMN_NAME, ROW_ID) VALUES (?, ?, ?, ?)"); //$NON-NLS-1$
				PreparedStatement update = connection.prepareStatement("UPDATE " + reference.table() + " SET " //$NON-NLS-1$ //$NON-NLS-2$
						+ reference.column() + " = ? WHERE " + reference.key() + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
			for (long row : rows) {
				record.setLong(1, mergeId);
				record.setString(2, reference.table());
				record.setString(3, reference.column());
				record.setLong(4, row);
				record.addBatch();
				update.setLong(1, survivorId);
				update.setLong(2, row);
				update.addBatch();
			}
			record.executeBatch();
			update.executeBatch();
		}
		return rows.size();
	}

	private static void hide(Connection connection, long loserId, long survivorId, long revision) throws SQLException {
		try (PreparedStatement update = connection
				.prepareStatement("UPDATE PARTY SET MERGED_INTO = ?, VERSION = VERSION + 1 WHERE ID = ?"); //$NON-NLS-1$
				PreparedStatement tombstone = connection
						.prepareStatement("INSERT INTO PARTY_TOMBSTONE (PARTY_ID, REVISION) VALUES (?, ?)")) { //$NON-NLS-1$
			update.setLong(1, survivorId);
			update.setLong(2, loserId);
			update.executeUpdate();
			tombstone.setLong(1, loserId);
			tombstone.setLong(2, revision);
			tombstone.executeUpdate();
		}
	}

	@Override
	public void undo(long mergeId) {
		List<Participant> participants = participants();
		long[] ids = database.write(em -> {
			long revision = Database.nextRevision(em);
			LinkRevisions.bulk(em, revision); // links move back
			Connection connection = em.unwrap(Connection.class);
			try {
				long survivorId;
				long loserId;
				try (PreparedStatement select = connection.prepareStatement(
						"SELECT SURVIVOR_ID, LOSER_ID, UNDONE_AT FROM PARTY_MERGE WHERE ID = ?")) { //$NON-NLS-1$
					select.setLong(1, mergeId);
					try (ResultSet row = select.executeQuery()) {
						if (!row.next()) {
							throw new IllegalArgumentException("No merge " + mergeId); //$NON-NLS-1$
						}
						if (row.getTimestamp(3) != null) {
							throw new IllegalStateException(Messages.Merge_undone);
						}
						survivorId = row.getLong(1);
						loserId = row.getLong(2);
					}
				}
				Party survivor = em.find(Party.class, survivorId);
				try (PreparedStatement later = connection.prepareStatement("SELECT COUNT(*) FROM PARTY_MERGE " //$NON-NLS-1$
						+ "WHERE ID > ? AND UNDONE_AT IS NULL AND (SURVIVOR_ID = ? OR LOSER_ID = ?)")) { //$NON-NLS-1$
					later.setLong(1, mergeId);
					later.setLong(2, survivorId);
					later.setLong(3, survivorId);
					try (ResultSet count = later.executeQuery()) {
						count.next();
						if (count.getLong(1) > 0) {
							throw new IllegalStateException(NLS.bind(Messages.Merge_laterMerge, survivor.getDisplayName()));
						}
					}
				}
				// rows move back
				try (PreparedStatement select = connection.prepareStatement(
						"SELECT TABLE_NAME, COLUMN_NAME, ROW_ID FROM PARTY_MERGE_MOVE WHERE MERGE_ID = ?")) { //$NON-NLS-1$
					select.setLong(1, mergeId);
					Map<String, List<Long>> moved = new LinkedHashMap<>();
					try (ResultSet rows = select.executeQuery()) {
						while (rows.next()) {
							moved.computeIfAbsent(rows.getString(1) + ' ' + rows.getString(2), k -> new ArrayList<>())
									.add(rows.getLong(3));
						}
					}
					Map<String, String> keys = new LinkedHashMap<>();
					references().forEach(r -> keys.put(r.table() + ' ' + r.column(), r.key()));
					for (Map.Entry<String, List<Long>> entry : moved.entrySet()) {
						String[] tableColumn = entry.getKey().split(" "); //$NON-NLS-1$
						String key = keys.getOrDefault(entry.getKey(), "ID"); //$NON-NLS-1$
						try (PreparedStatement update = connection.prepareStatement("UPDATE " + tableColumn[0] + " SET " //$NON-NLS-1$ //$NON-NLS-2$
								+ tableColumn[1] + " = ? WHERE " + key + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
							for (long row : entry.getValue()) {
								update.setLong(1, loserId);
								update.setLong(2, row);
								update.addBatch();
							}
							update.executeBatch();
						}
					}
				}
				for (Participant participant : participants) {
					try {
						participant.participant().undo(connection, mergeId, survivorId, loserId);
					} catch (SQLException | RuntimeException e) {
						log(participant.contributor(), "Merge participant failed to undo", e); //$NON-NLS-1$
						throw new IllegalStateException(
								NLS.bind(Messages.Merge_participantFailed, participant.contributor(), e.getMessage()), e);
					}
				}
				// the survivor's fields: back to before, unless edited since
				try (PreparedStatement select = connection.prepareStatement(
						"SELECT FIELD_CODE, OLD_VALUE, NEW_VALUE FROM PARTY_MERGE_FIELD WHERE MERGE_ID = ?")) { //$NON-NLS-1$
					select.setLong(1, mergeId);
					try (ResultSet rows = select.executeQuery()) {
						while (rows.next()) {
							String code = rows.getString(1);
							if (Objects.equals(get(survivor, code), rows.getString(3))) {
								set(survivor, code, rows.getString(2));
							}
						}
					}
				}
				survivor.refreshDerivedFields();
				survivor.touch(Instant.now(), revision);
				em.flush();
				Party loser = em.find(Party.class, loserId);
				try (PreparedStatement update = connection.prepareStatement(
						"UPDATE PARTY SET MERGED_INTO = NULL, REVISION = ?, VERSION = VERSION + 1 WHERE ID = ?"); //$NON-NLS-1$
						PreparedStatement tombstone = connection
								.prepareStatement("DELETE FROM PARTY_TOMBSTONE WHERE PARTY_ID = ?"); //$NON-NLS-1$
						PreparedStatement sortKeys = connection
								.prepareStatement("UPDATE AFFILIATION SET PERSON_SORT_KEY = ? WHERE PERSON_ID = ?"); //$NON-NLS-1$
						PreparedStatement done = connection
								.prepareStatement("UPDATE PARTY_MERGE SET UNDONE_AT = ? WHERE ID = ?")) { //$NON-NLS-1$
					update.setLong(1, revision);
					update.setLong(2, loserId);
					update.executeUpdate();
					tombstone.setLong(1, loserId);
					tombstone.executeUpdate();
					if (survivor instanceof Person) {
						for (Party party : List.of(survivor, loser)) {
							sortKeys.setString(1, party.getSortKey());
							sortKeys.setLong(2, party.getId());
							sortKeys.executeUpdate();
						}
					}
					done.setTimestamp(1, Timestamp.from(Instant.now()));
					done.setLong(2, mergeId);
					done.executeUpdate();
				}
				return new long[] { survivorId, loserId };
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
		announce(ids[0], ids[1], false);
	}

	private void announce(long survivorId, long loserId, boolean merged) {
		database.post(RecordEvents.PARTY_TOPIC + RecordEvents.UPDATED, Map.of(RecordEvents.ID, survivorId));
		database.post(RecordEvents.PARTY_TOPIC + (merged ? RecordEvents.DELETED : RecordEvents.CREATED),
				Map.of(RecordEvents.ID, loserId));
		database.post(RecordEvents.AFFILIATION_TOPIC + RecordEvents.BULK_CREATED, Map.of(RecordEvents.COUNT, 0));
		database.post(RecordEvents.RELATIONSHIP_TOPIC + RecordEvents.BULK_CREATED, Map.of(RecordEvents.COUNT, 0));
	}

	@Override
	public List<MergeRecord> history(long partyId) {
		return records("WHERE m.SURVIVOR_ID = ? OR m.LOSER_ID = ? ORDER BY m.ID DESC", 1000, partyId); //$NON-NLS-1$
	}

	@Override
	public List<MergeRecord> recent(int limit) {
		return records("ORDER BY m.ID DESC", limit); //$NON-NLS-1$
	}

	private List<MergeRecord> records(String clause, int limit, long... partyId) {
		List<MergeRecord> records = new ArrayList<>();
		try (Connection connection = database.connection(); PreparedStatement select = connection.prepareStatement(
				"SELECT m.ID, m.SURVIVOR_ID, m.LOSER_ID, s.DISPLAY_NAME, l.DISPLAY_NAME, m.MERGED_AT, m.MERGED_BY, " //$NON-NLS-1$
						+ "(SELECT COUNT(*) FROM PARTY_MERGE_MOVE v WHERE v.MERGE_ID = m.ID), m.UNDONE_AT " //$NON-NLS-1$
						+ "FROM PARTY_MERGE m JOIN PARTY s ON s.ID = m.SURVIVOR_ID JOIN PARTY l ON l.ID = m.LOSER_ID " //$NON-NLS-1$
						+ clause)) {
			if (partyId.length > 0) {
				select.setLong(1, partyId[0]);
				select.setLong(2, partyId[0]);
			}
			select.setMaxRows(limit);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					Timestamp undone = rows.getTimestamp(9);
					records.add(new MergeRecord(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getString(4),
							rows.getString(5), rows.getTimestamp(6).toInstant(), rows.getString(7), rows.getLong(8),
							undone == null ? null : undone.toInstant()));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return records;
	}

	static String encodeContacts(List<ContactPoint> points) {
		StringBuilder text = new StringBuilder();
		for (ContactPoint point : points) {
			text.append(point.getChannel()).append('|').append(point.getLabel()).append('|').append(escape(point.getValue()))
					.append('\n');
		}
		return text.toString();
	}

	static List<ContactPoint> decodeContacts(String text) {
		List<ContactPoint> points = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\n")) { //$NON-NLS-1$
				String[] parts = line.split("\\|", 3); //$NON-NLS-1$
				if (parts.length == 3) {
					points.add(new ContactPoint(Channel.valueOf(parts[0]), ContactPoint.Label.valueOf(parts[1]),
							unescape(parts[2])));
				}
			}
		}
		return points;
	}

	static String encodeAddresses(List<PostalAddress> addresses) {
		StringBuilder text = new StringBuilder();
		for (PostalAddress a : addresses) {
			text.append(a.getLabel());
			for (String part : new String[] { a.getStreet(), a.getPostalCode(), a.getCity(), a.getRegion(), a.getCountry() }) {
				text.append('|').append(part == null ? "\\0" : escape(part)); //$NON-NLS-1$
			}
			text.append('\n');
		}
		return text.toString();
	}

	static List<PostalAddress> decodeAddresses(String text) {
		List<PostalAddress> addresses = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\n")) { //$NON-NLS-1$
				String[] p = line.split("\\|", -1); //$NON-NLS-1$
				if (p.length == 6) {
					addresses.add(new PostalAddress(ContactPoint.Label.valueOf(p[0]), unescape(p[1]), unescape(p[2]),
							unescape(p[3]), unescape(p[4]), unescape(p[5])));
				}
			}
		}
		return addresses;
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("|", "\\p").replace("\n", "\\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	private static String unescape(String value) {
		if (value.equals("\\0")) { //$NON-NLS-1$
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				text.append(next == 'p' ? '|' : next == 'n' ? '\n' : next);
			} else {
				text.append(c);
			}
		}
		return text.toString();
	}
}

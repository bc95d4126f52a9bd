package org.vinculo.core.exchange.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.vinculo.core.exchange.ImportSettings;
import org.vinculo.core.exchange.ImportTarget;
import org.vinculo.core.exchange.ImportTarget.Entity;
import org.vinculo.core.imports.ImportRejection.Problem;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.ContactPoint.Label;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.PostalAddress;
import org.vinculo.core.service.Fields;
import org.vinculo.core.service.Validation;
import org.vinculo.core.service.ValidationException;

/**
 * Turns one CSV row into the drafts it stands for (a person, organizations,
 * the affiliations between them) or into the list of every problem that makes
 * the row unusable. Stateless between rows; stores are not touched.
 */
final class RowReader {

	/** One organization slot of a row: the organization and, when the row has a person, the link's details. */
	record Slot(int slot, Organization organization, AffiliationRole role, String title, LocalDate since,
			LocalDate until, Map<String, String> custom) {
	}

	/** A usable row. {@code person} is {@code null} for organization-only rows. */
	record Row(Person person, List<Slot> slots) {
	}

	private final List<ImportTarget> targets;
	private final List<String> headers;
	private final ImportSettings settings;
	private final Map<String, AffiliationRole> roles = new HashMap<>();
	private final AffiliationRole defaultRole;
	private final Map<String, List<FieldDefinition>> fields;
	private final List<DateTimeFormatter> dateFormats;

	RowReader(ImportSettings settings, List<String> headers, List<AffiliationRole> roleList,
			Map<String, List<FieldDefinition>> fields) {
		this.settings = settings;
		this.targets = settings.getTargets();
		this.headers = headers;
		this.fields = fields;
		AffiliationRole fallback = null;
		for (AffiliationRole role : roleList) {
			roles.put(key(role.getCode()), role);
			roles.put(key(role.getLabel()), role);
			if (role.getCode() != null && role.getCode().equals(settings.getDefaultRole())) {
				fallback = role;
			}
		}
		this.defaultRole = fallback != null ? fallback : roleList.isEmpty() ? null : roleList.get(0);
		String dayMonth = settings.isMonthFirst() ? "M/d/uuuu" : "d/M/uuuu"; //$NON-NLS-1$ //$NON-NLS-2$
		this.dateFormats = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern(dayMonth),
				DateTimeFormatter.ofPattern(dayMonth.replace('/', '-')), DateTimeFormatter.ofPattern(dayMonth.replace('/', '.')),
				DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern(dayMonth.replace("uuuu", "uu"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The header of column {@code index}, as problems name it. */
	String column(int index) {
		return index < headers.size() && !headers.get(index).isBlank() ? headers.get(index)
				: NLS.bind(Messages.Import_column, index + 1);
	}

	/**
	 * Reads a row; problems are added to {@code problems} and {@code null}
	 * returned when there are any.
	 */
	Row read(List<String> values, List<Problem> problems) {
		Map<String, Integer> personColumns = new HashMap<>();
		Map<String, String> person = new HashMap<>();
		Map<Integer, Map<String, String>> organizations = new TreeMap<>();
		Map<Integer, Map<String, String>> links = new TreeMap<>();
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < values.size() && i < targets.size(); i++) {
			ImportTarget target = targets.get(i);
			String value = values.get(i);
			if (target == null || value == null || value.isBlank()) {
				continue;
			}
			value = value.strip();
			columns.put(target.code(), i);
			switch (target.entity()) {
			case PERSON -> {
				person.put(target.field(), value);
				personColumns.put(target.field(), i);
			}
			case ORGANIZATION -> organizations.computeIfAbsent(target.slot(), s -> new HashMap<>()).put(target.field(), value);
			case AFFILIATION -> links.computeIfAbsent(target.slot(), s -> new HashMap<>()).put(target.field(), value);
			}
		}
		Person draft = person.isEmpty() ? null : person(person, personColumns, problems);
		List<Slot> slots = new ArrayList<>();
		Set<Integer> slotNumbers = new java.util.TreeSet<>(organizations.keySet());
		slotNumbers.addAll(links.keySet());
		for (int slot : slotNumbers) {
			Map<String, String> org = organizations.getOrDefault(slot, Map.of());
			Map<String, String> link = links.getOrDefault(slot, Map.of());
			String name = org.get(ImportTarget.NAME);
			if (name == null) {
				int column = firstColumn(columns, slot, org, link);
				problems.add(new Problem(column(column), NLS.bind(Messages.Import_organizationNameMissing, slot)));
				continue;
			}
			Organization organization = organization(org, slot, columns, problems);
			AffiliationRole role = null;
			String title = null;
			LocalDate since = null;
			LocalDate until = null;
			Map<String, String> custom = new HashMap<>();
			if (draft != null) {
				String roleText = link.get(ImportTarget.ROLE);
				role = roleText == null ? defaultRole : roles.get(key(roleText));
				if (role == null) {
					problems.add(new Problem(column(columns.get(ImportTarget.affiliation(ImportTarget.ROLE, slot).code())),
							NLS.bind(Messages.Import_unknownRole, roleText, knownRoles())));
				}
				title = link.get(ImportTarget.TITLE);
				if (title != null && title.length() > 200) {
					problems.add(new Problem(column(columns.get(ImportTarget.affiliation(ImportTarget.TITLE, slot).code())),
							NLS.bind(Messages.Import_tooLong, 200)));
				}
				since = date(link, ImportTarget.SINCE, slot, columns, problems);
				until = date(link, ImportTarget.UNTIL, slot, columns, problems);
				if (since != null && until != null && until.isBefore(since)) {
					problems.add(new Problem(column(columns.get(ImportTarget.affiliation(ImportTarget.UNTIL, slot).code())),
							NLS.bind(Messages.Import_untilBeforeSince, until, since)));
				}
				link.forEach((field, value) -> {
					if (field.startsWith(ImportTarget.CUSTOM_PREFIX)) {
						custom.put(field.substring(ImportTarget.CUSTOM_PREFIX.length()), value);
					}
				});
				customProblems(custom, FieldDefinition.AFFILIATION, slot, Entity.AFFILIATION, columns, problems);
			} else if (!link.isEmpty()) {
				int column = columns.getOrDefault(ImportTarget.affiliation(link.keySet().iterator().next(), slot).code(), 0);
				problems.add(new Problem(column(column), Messages.Import_linkWithoutPerson));
			}
			slots.add(new Slot(slot, organization, role, title, since, until, custom));
		}
		if (draft == null && slots.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem("", Messages.Import_nothingMapped)); //$NON-NLS-1$
		}
		return problems.isEmpty() ? new Row(draft, slots) : null;
	}

	private Person person(Map<String, String> values, Map<String, Integer> columns, List<Problem> problems) {
		Person person = new Person();
		String first = values.get(ImportTarget.FIRST_NAME);
		String last = values.get(ImportTarget.LAST_NAME);
		String full = values.get(ImportTarget.FULL_NAME);
		if (first == null && last == null && full != null) {
			int space = full.lastIndexOf(' ');
			if (space > 0) {
				first = full.substring(0, space).strip();
				last = full.substring(space + 1).strip();
			} else {
				last = full;
			}
		}
		person.setFirstName(first);
		person.setLastName(last);
		fill(person, values, Label.HOME);
		String mobile = values.get(ImportTarget.MOBILE);
		List<ContactPoint> points = new ArrayList<>(person.getContactPoints());
		if (values.get(ImportTarget.EMAIL_2) != null) {
			points.add(new ContactPoint(Channel.EMAIL, Label.OTHER, values.get(ImportTarget.EMAIL_2)));
		}
		if (mobile != null) {
			points.add(new ContactPoint(Channel.PHONE, Label.MOBILE, mobile));
		}
		person.setContactPoints(points);
		Map<String, String> custom = custom(values);
		custom.forEach(person::setCustomValue);
		check(person, values.containsKey(ImportTarget.FULL_NAME) ? ImportTarget.FULL_NAME : ImportTarget.LAST_NAME,
				code -> columns.get(code), problems);
		customProblems(custom, FieldDefinition.PERSON, 0, Entity.PERSON, prefixed(columns), problems);
		return person;
	}

	private Organization organization(Map<String, String> values, int slot, Map<String, Integer> columns,
			List<Problem> problems) {
		Organization organization = new Organization(values.get(ImportTarget.NAME));
		organization.setWebsite(values.get(ImportTarget.WEBSITE));
		fill(organization, values, Label.WORK);
		Map<String, String> custom = custom(values);
		custom.forEach(organization::setCustomValue);
		check(organization, ImportTarget.NAME, code -> columns.get(ImportTarget.organization(code, slot).code()),
				problems);
		customProblems(custom, FieldDefinition.ORGANIZATION, slot, Entity.ORGANIZATION, columns, problems);
		return organization;
	}

	private static Map<String, Integer> prefixed(Map<String, Integer> personColumns) {
		Map<String, Integer> columns = new HashMap<>();
		personColumns.forEach((field, column) -> columns.put(ImportTarget.person(field).code(), column));
		return columns;
	}

	private static Map<String, String> custom(Map<String, String> values) {
		Map<String, String> custom = new HashMap<>();
		values.forEach((field, value) -> {
			if (field.startsWith(ImportTarget.CUSTOM_PREFIX)) {
				custom.put(field.substring(ImportTarget.CUSTOM_PREFIX.length()), value);
			}
		});
		return custom;
	}

	private static void fill(Party party, Map<String, String> values, Label label) {
		List<ContactPoint> points = new ArrayList<>();
		if (values.get(ImportTarget.EMAIL) != null) {
			points.add(new ContactPoint(Channel.EMAIL, Label.WORK, values.get(ImportTarget.EMAIL)));
		}
		if (values.get(ImportTarget.PHONE) != null) {
			points.add(new ContactPoint(Channel.PHONE, Label.WORK, values.get(ImportTarget.PHONE)));
		}
		party.setContactPoints(points);
		String street = values.get(ImportTarget.STREET);
		String postalCode = values.get(ImportTarget.POSTAL_CODE);
		String city = values.get(ImportTarget.CITY);
		String region = values.get(ImportTarget.REGION);
		String country = values.get(ImportTarget.COUNTRY);
		if (street != null || postalCode != null || city != null || region != null || country != null) {
			party.setAddresses(List.of(new PostalAddress(label, street, postalCode, city, region, country)));
		}
		party.setNotes(values.get(ImportTarget.NOTES));
		String tags = values.get(ImportTarget.TAGS);
		if (tags != null) {
			Set<String> set = new LinkedHashSet<>();
			for (String tag : tags.split("[,;]")) { //$NON-NLS-1$
				if (!tag.isBlank()) {
					set.add(tag.strip());
				}
			}
			party.setTags(set);
		}
	}

	/** Runs the store's own validation, naming the CSV column each problem comes from. */
	private void check(Party party, String nameField, java.util.function.Function<String, Integer> columnOf,
			List<Problem> problems) {
		for (ValidationException.Problem problem : Validation.check(party)) {
			String field = switch (problem.field()) {
			case Fields.FIRST_NAME -> ImportTarget.FIRST_NAME;
			case Fields.LAST_NAME, Fields.NAME -> nameField;
			case Fields.EMAIL -> ImportTarget.EMAIL;
			case Fields.WEBSITE -> ImportTarget.WEBSITE;
			case Fields.NOTES -> ImportTarget.NOTES;
			case Fields.TAGS -> ImportTarget.TAGS;
			case Fields.ADDRESSES -> ImportTarget.STREET;
			default -> ImportTarget.PHONE;
			};
			Integer column = columnOf.apply(field);
			if (column == null && field.equals(ImportTarget.EMAIL)) {
				column = columnOf.apply(ImportTarget.EMAIL_2);
			}
			problems.add(new Problem(column == null ? "" : column(column), problem.message())); //$NON-NLS-1$
		}
	}

	private void customProblems(Map<String, String> values, String entityType, int slot, Entity entity,
			Map<String, Integer> columns, List<Problem> problems) {
		if (values.isEmpty()) {
			return;
		}
		List<FieldDefinition> definitions = fields.getOrDefault(entityType, List.of());
		for (Map.Entry<String, String> value : values.entrySet()) {
			FieldDefinition definition = definitions.stream().filter(f -> f.getCode().equals(value.getKey())).findFirst()
					.orElse(null);
			String code = new ImportTarget(entity, ImportTarget.CUSTOM_PREFIX + value.getKey(), slot).code();
			Integer column = columns.get(code);
			String label = column == null ? value.getKey() : column(column);
			if (definition == null) {
				problems.add(new Problem(label, NLS.bind(Messages.Import_unknownField, value.getKey())));
				continue;
			}
			String problem = Validation.customValueProblem(definition, value.getValue());
			if (problem != null) {
				problems.add(new Problem(label, problem));
			}
		}
	}

	private LocalDate date(Map<String, String> link, String field, int slot, Map<String, Integer> columns,
			List<Problem> problems) {
		String text = link.get(field);
		if (text == null) {
			return null;
		}
		for (DateTimeFormatter format : dateFormats) {
			try {
				return LocalDate.parse(text, format);
			} catch (DateTimeParseException e) {
				// try the next format
			}
		}
		problems.add(new Problem(column(columns.get(ImportTarget.affiliation(field, slot).code())),
				NLS.bind(Messages.Import_badDate, text, settings.isMonthFirst() ? "12/31/2024" : "31/12/2024"))); //$NON-NLS-1$ //$NON-NLS-2$
		return null;
	}

	private int firstColumn(Map<String, Integer> columns, int slot, Map<String, String> org, Map<String, String> link) {
		for (String field : org.keySet()) {
			return columns.get(ImportTarget.organization(field, slot).code());
		}
		for (String field : link.keySet()) {
			return columns.get(ImportTarget.affiliation(field, slot).code());
		}
		return 0;
	}

	private String knownRoles() {
		Set<String> labels = new LinkedHashSet<>();
		roles.values().forEach(role -> labels.add(role.getLabel()));
		return String.join(", ", labels); //$NON-NLS-1$
	}

	private static String key(String text) {
		return text == null ? "" : Party.normalize(text).replaceAll("[^\\p{L}\\p{N}]+", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}

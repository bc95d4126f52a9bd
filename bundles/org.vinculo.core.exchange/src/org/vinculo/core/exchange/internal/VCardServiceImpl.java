package org.vinculo.core.exchange.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.exchange.ImportReport;
import org.vinculo.core.exchange.VCardService;
import org.vinculo.core.imports.ImportChunk;
import org.vinculo.core.imports.ImportRejection;
import org.vinculo.core.imports.ImportRejection.Problem;
import org.vinculo.core.imports.ImportRun;
import org.vinculo.core.imports.ImportRun.Counts;
import org.vinculo.core.imports.ImportStore;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.ContactPoint;
import org.vinculo.core.model.ContactPoint.Channel;
import org.vinculo.core.model.ContactPoint.Label;
import org.vinculo.core.model.Organization;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Person;
import org.vinculo.core.model.PostalAddress;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.PartyService;
import org.vinculo.core.service.Validation;
import org.vinculo.core.service.ValidationException;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;

/**
 * vCards through ez-vcard. An import is an import run like a CSV one: written
 * in chunks, reported card by card, and can be rolled back as a whole.
 */
@Component(service = VCardService.class)
public final class VCardServiceImpl implements VCardService {

	/** What a vCard import run's settings say, so a CSV resume does not take it for a CSV file. */
	static final String SETTINGS = "format=vcard\n"; //$NON-NLS-1$

	private final ImportStore store;
	private final PartyService parties;
	private final AffiliationService affiliations;

	@Activate
	public VCardServiceImpl(@Reference ImportStore store, @Reference PartyService parties,
			@Reference AffiliationService affiliations) {
		this.store = store;
		this.parties = parties;
		this.affiliations = affiliations;
	}

	@Override
	public ImportReport importCards(Path file, IProgressMonitor monitor) throws IOException {
		List<Long> beginLines = beginLines(file);
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.VCard_task, file.getFileName()),
				Math.max(1, beginLines.size()));
		AffiliationRole employee = affiliations.roleByCode(AffiliationRole.EMPLOYEE);
		ImportRun run = store.begin(file.toAbsolutePath().toString(), SETTINGS);
		Counts totals = Counts.NONE;
		boolean cancelled = false;
		List<Card> chunk = new ArrayList<>();
		long number = 0;
		try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				VCardReader reader = new VCardReader(text)) {
			while (true) {
				VCard card;
				List<Problem> problems = new ArrayList<>();
				try {
					card = reader.readNext();
				} catch (RuntimeException e) {
					card = null;
					problems.add(new Problem(Messages.VCard_card, NLS.bind(Messages.VCard_unreadable, e.getMessage())));
				}
				if (card == null && problems.isEmpty()) {
					break;
				}
				number++;
				long line = number <= beginLines.size() ? beginLines.get((int) number - 1) : 0;
				chunk.add(new Card(number, line, card, problems));
				progress.worked(1);
				if (chunk.size() == CsvImportService.CHUNK) {
					totals = totals.plus(write(run, chunk, employee));
					chunk.clear();
					if (progress.isCanceled()) {
						cancelled = true;
						break;
					}
				}
			}
		}
		if (!cancelled) {
			totals = totals.plus(write(run, chunk, employee));
		}
		store.finish(run.id(), cancelled ? ImportRun.Status.CANCELLED : ImportRun.Status.FINISHED);
		return new ImportReport(run.id(), file.toString(), totals, store.rejections(run.id()), false, cancelled);
	}

	private record Card(long number, long line, VCard card, List<Problem> problems) {
	}

	private Counts write(ImportRun run, List<Card> cards, AffiliationRole role) {
		Set<String> orgKeys = new HashSet<>();
		List<Person> persons = new ArrayList<>();
		List<List<String[]>> employers = new ArrayList<>();
		List<ImportRejection> rejected = new ArrayList<>();
		for (Card card : cards) {
			List<Problem> problems = new ArrayList<>(card.problems());
			Person person = card.card() == null ? null : person(card.card(), problems);
			if (!problems.isEmpty() || person == null) {
				List<String> values = card.card() == null ? List.of() : List.of(Ezvcard.write(card.card()).go().strip());
				rejected.add(new ImportRejection(card.number(), card.line(), problems, values));
				continue;
			}
			// every ORG of the card is an affiliation; the TITLE in the same position is its title
			List<String[]> links = new ArrayList<>();
			List<ezvcard.property.Organization> orgs = card.card().getProperties(ezvcard.property.Organization.class);
			for (int i = 0; i < orgs.size(); i++) {
				List<String> values = orgs.get(i).getValues();
				String name = values.isEmpty() || values.get(0) == null ? null : values.get(0).strip();
				if (name == null || name.isEmpty()) {
					continue;
				}
				String title = i < card.card().getTitles().size() ? card.card().getTitles().get(i).getValue() : null;
				links.add(new String[] { name, title });
				orgKeys.add(Party.normalize(name));
			}
			persons.add(person);
			employers.add(links);
		}
		Map<String, Long> stored = orgKeys.isEmpty() ? Map.of() : store.organizationsByKey(orgKeys);
		Map<String, Organization> created = new HashMap<>();
		List<Party> newParties = new ArrayList<>();
		List<Affiliation> links = new ArrayList<>();
		long organizations = 0;
		for (int i = 0; i < persons.size(); i++) {
			Person person = persons.get(i);
			person.setImportRunId(run.id());
			newParties.add(person);
			for (String[] employer : employers.get(i)) {
				if (role == null) {
					break;
				}
				String key = Party.normalize(employer[0]);
				Organization organization = created.get(key);
				if (organization == null && stored.containsKey(key)) {
					organization = (Organization) Party.reference(PartyKind.ORGANIZATION, stored.get(key));
				}
				if (organization == null) {
					organization = new Organization(employer[0]);
					organization.setImportRunId(run.id());
					created.put(key, organization);
					newParties.add(organization);
					organizations++;
				}
				Affiliation link = new Affiliation(person, organization, role);
				String title = employer[1];
				link.setTitle(title == null || title.isBlank() || title.length() > 200 ? null : title.strip());
				link.setImportRunId(run.id());
				links.add(link);
			}
		}
		long last = cards.isEmpty() ? run.lastRecord() : cards.get(cards.size() - 1).number();
		Counts counts = new Counts(cards.size(), persons.size(), 0, rejected.size(), 0, persons.size(), organizations,
				links.size());
		store.commit(new ImportChunk(run.id(), last, newParties, links, Map.of(), rejected, counts));
		return counts;
	}

	private static Person person(VCard card, List<Problem> problems) {
		Person person = new Person();
		StructuredName name = card.getStructuredName();
		if (name != null) {
			person.setFirstName(join(name.getGiven(), name.getAdditionalNames()));
			person.setLastName(name.getFamily());
		}
		if (person.getFirstName() == null && person.getLastName() == null && card.getFormattedName() != null) {
			String full = card.getFormattedName().getValue();
			if (full != null && !full.isBlank()) {
				full = full.strip();
				int space = full.lastIndexOf(' ');
				person.setFirstName(space > 0 ? full.substring(0, space) : null);
				person.setLastName(space > 0 ? full.substring(space + 1) : full);
			}
		}
		if (person.getFirstName() == null && person.getLastName() == null) {
			problems.add(new Problem("N", Messages.VCard_noName)); //$NON-NLS-1$
			return null;
		}
		List<ContactPoint> points = new ArrayList<>();
		for (Email email : card.getEmails()) {
			if (email.getValue() != null && !email.getValue().isBlank()) {
				points.add(new ContactPoint(Channel.EMAIL, emailLabel(email), email.getValue().strip()));
			}
		}
		for (Telephone phone : card.getTelephoneNumbers()) {
			String value = phone.getText() != null ? phone.getText()
					: phone.getUri() != null ? phone.getUri().getNumber() : null;
			if (value != null && !value.isBlank()) {
				points.add(new ContactPoint(Channel.PHONE, phoneLabel(phone), value.strip()));
			}
		}
		person.setContactPoints(points);
		List<PostalAddress> addresses = new ArrayList<>();
		for (Address address : card.getAddresses()) {
			PostalAddress postal = new PostalAddress(address.getTypes().contains(AddressType.HOME) ? Label.HOME : Label.WORK,
					address.getStreetAddress(), address.getPostalCode(), address.getLocality(), address.getRegion(),
					address.getCountry());
			if (!postal.isEmpty()) {
				addresses.add(postal);
			}
		}
		person.setAddresses(addresses);
		StringBuilder notes = new StringBuilder();
		card.getNotes().forEach(note -> notes.append(notes.isEmpty() ? "" : "\n").append(note.getValue())); //$NON-NLS-1$ //$NON-NLS-2$
		person.setNotes(notes.isEmpty() ? null : notes.toString());
		if (card.getCategories() != null) {
			person.setTags(new LinkedHashSet<>(card.getCategories().getValues()));
		}
		for (ValidationException.Problem problem : Validation.check(person)) {
			problems.add(new Problem(problem.field(), problem.message()));
		}
		return person;
	}

	private static String join(String given, List<String> additional) {
		StringBuilder text = new StringBuilder(given == null ? "" : given.strip()); //$NON-NLS-1$
		for (String name : additional) {
			if (name != null && !name.isBlank()) {
				text.append(text.isEmpty() ? "" : " ").append(name.strip()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return text.isEmpty() ? null : text.toString();
	}

	private static Label emailLabel(Email email) {
		return email.getTypes().contains(EmailType.HOME) ? Label.HOME : Label.WORK;
	}

	private static Label phoneLabel(Telephone phone) {
		if (phone.getTypes().contains(TelephoneType.CELL)) {
			return Label.MOBILE;
		}
		return phone.getTypes().contains(TelephoneType.HOME) ? Label.HOME : Label.WORK;
	}

	/** Where each card starts, for the report. */
	private static List<Long> beginLines(Path file) throws IOException {
		List<Long> lines = new ArrayList<>();
		long number = 0;
		try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.strip().equalsIgnoreCase("BEGIN:VCARD")) { //$NON-NLS-1$
					lines.add(number);
				}
			}
		}
		return lines;
	}

	@Override
	public void export(Collection<Long> personIds, Path target, Version version, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.VCard_exportTask, Math.max(1, personIds.size()));
		List<VCard> cards = new ArrayList<>();
		for (long id : personIds) {
			progress.split(1);
			parties.findPerson(id).ifPresent(person -> cards.add(card(person)));
		}
		try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			Ezvcard.write(cards).version(version == Version.V3_0 ? VCardVersion.V3_0 : VCardVersion.V4_0).prodId(false)
					.go(writer);
		}
	}

	private VCard card(Person person) {
		VCard card = new VCard();
		StructuredName name = new StructuredName();
		name.setGiven(person.getFirstName());
		name.setFamily(person.getLastName());
		card.setStructuredName(name);
		card.setFormattedName(person.getDisplayName());
		for (ContactPoint point : person.getContactPoints()) {
			if (point.getChannel() == Channel.EMAIL) {
				card.addEmail(point.getValue(), point.getLabel() == Label.HOME ? EmailType.HOME : EmailType.WORK);
			} else if (point.getChannel() == Channel.PHONE) {
				card.addTelephoneNumber(point.getValue(), switch (point.getLabel()) {
				case MOBILE -> TelephoneType.CELL;
				case HOME -> TelephoneType.HOME;
				default -> TelephoneType.WORK;
				});
			}
		}
		for (PostalAddress postal : person.getAddresses()) {
			Address address = new Address();
			address.setStreetAddress(postal.getStreet());
			address.setPostalCode(postal.getPostalCode());
			address.setLocality(postal.getCity());
			address.setRegion(postal.getRegion());
			address.setCountry(postal.getCountry());
			address.getTypes().add(postal.getLabel() == Label.HOME ? AddressType.HOME : AddressType.WORK);
			card.addAddress(address);
		}
		if (person.getNotes() != null) {
			card.addNote(person.getNotes());
		}
		if (!person.getTags().isEmpty()) {
			card.setCategories(person.getTags().toArray(String[]::new));
		}
		// every current affiliation, not a "primary" one: vCard allows several ORG and TITLE properties
		for (Affiliation link : affiliations.organizationsOf(person.getId(), AffiliationService.Period.CURRENT)) {
			card.addProperty(new ezvcard.property.Organization());
			card.getProperties(ezvcard.property.Organization.class).getLast().getValues()
					.add(link.getOrganization().getDisplayName());
			card.addTitle(link.getTitle() == null ? "" : link.getTitle()); //$NON-NLS-1$
		}
		return card;
	}

}

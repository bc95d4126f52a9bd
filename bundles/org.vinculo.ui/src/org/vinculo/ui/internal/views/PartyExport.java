package org.vinculo.ui.internal.views;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.FieldDefinition;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Segment;
import org.vinculo.core.search.PartySummary;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.fields.FieldSettings;

/**
 * Writes every party a search finds (not only the page on screen) to a CSV
 * file, UTF-8 with a byte order mark so spreadsheets read accents: name, kind,
 * first email, phone and city, stage, the six segments, tags, and every
 * custom field of persons and organizations, with the current terminology and
 * labels in the header. Values are written as users read them (choice labels,
 * names of referenced parties). A cancelled export deletes the partial file.
 */
public final class PartyExport extends Job {

	private final PartyQuery query;
	private final Path file;
	private volatile int written;

	public PartyExport(PartyQuery query, Path file) {
		super(NLS.bind(Messages.Export_job, file.getFileName()));
		this.query = query;
		this.file = file;
		setUser(true);
	}

	/** How many parties were written; final once the job is done. */
	public int written() {
		return written;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<FieldDefinition> custom = new ArrayList<>();
		custom.addAll(FieldSettings.load(CoreServices.fields(), FieldDefinition.PERSON).customFields());
		custom.addAll(FieldSettings.load(CoreServices.fields(), FieldDefinition.ORGANIZATION).customFields());
		Map<Long, String> choiceLabels = new HashMap<>();
		for (Segment segment : Segment.values()) {
			CoreServices.choices().values(segment.listCode(), true).forEach(v -> choiceLabels.put(v.getId(), v.getLabel()));
		}
		for (FieldDefinition field : custom) {
			if (field.getType().hasChoices()) {
				for (ChoiceValue value : CoreServices.choices().values(field.choiceListCode(), true)) {
					choiceLabels.put(value.getId(), value.getLabel());
				}
			}
		}
		long total = CoreServices.search().search(query.page(0, 1)).total();
		List<PartySummary> hits = CoreServices.search().search(query.page(0, (int) Math.max(1, total))).hits();
		SubMonitor progress = SubMonitor.convert(monitor, getName(), hits.size());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			out.write('\ufeff');
			csv.printRecord(header(custom));
			for (PartySummary hit : hits) {
				if (progress.isCanceled()) {
					csv.close();
					Files.deleteIfExists(file);
					return Status.CANCEL_STATUS;
				}
				Optional<Party> party = CoreServices.parties().find(hit.id());
				if (party.isPresent()) { // deleted since the search: nothing to write
					csv.printRecord(row(party.get(), custom, choiceLabels));
					written++;
				}
				progress.worked(1);
			}
			return Status.OK_STATUS;
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.Export_failed, file, e.getMessage()), e);
		}
	}

	private static List<String> header(List<FieldDefinition> custom) {
		List<String> header = new ArrayList<>(List.of(Messages.PartiesView_columnName, Messages.PartiesView_columnKind,
				Messages.PartiesView_columnEmail, Messages.PartiesView_columnPhone, Messages.PartiesView_columnCity,
				Messages.PartiesView_columnStage));
		for (Segment segment : Segment.values()) {
			header.add(segment.label());
		}
		header.add(Messages.PartiesView_tag);
		for (FieldDefinition field : custom) {
			header.add(Labels.kind(field.getEntityType().equals(FieldDefinition.PERSON) ? PartyKind.PERSON
					: PartyKind.ORGANIZATION) + ": " + field.getLabel()); //$NON-NLS-1$
		}
		return header;
	}

	private static List<String> row(Party party, List<FieldDefinition> custom, Map<Long, String> choiceLabels) {
		List<String> row = new ArrayList<>(List.of(party.getDisplayName(), Labels.kind(party.getKind()),
				Labels.nullToEmpty(party.getEmail()), Labels.nullToEmpty(party.getPhone()),
				Labels.nullToEmpty(party.getCity()), party.getLifecycle().label()));
		for (Segment segment : Segment.values()) {
			Long id = party.getSegment(segment);
			row.add(id == null ? "" : choiceLabels.getOrDefault(id, id.toString())); //$NON-NLS-1$
		}
		row.add(String.join(", ", party.getTags())); //$NON-NLS-1$
		String entity = party.getKind() == PartyKind.PERSON ? FieldDefinition.PERSON : FieldDefinition.ORGANIZATION;
		for (FieldDefinition field : custom) {
			String value = field.getEntityType().equals(entity) ? party.getCustomValue(field.getCode()) : null;
			row.add(value == null ? "" : readable(field, value, choiceLabels)); //$NON-NLS-1$
		}
		return row;
	}

	/** A stored custom value as a reader sees it: choice labels, a party's name, yes/no. */
	private static String readable(FieldDefinition field, String value, Map<Long, String> choiceLabels) {
		try {
			return switch (field.getType()) {
			case CHOICE, MULTI_CHOICE -> String.join("; ", java.util.Arrays.stream(value.split(",")) //$NON-NLS-1$ //$NON-NLS-2$
					.map(id -> choiceLabels.getOrDefault(Long.valueOf(id.strip()), id)).toList());
			case PARTY -> CoreServices.parties().find(Long.parseLong(value)).map(Party::getDisplayName).orElse(value);
			case BOOLEAN -> "true".equals(value) ? Messages.Editor_yes : Messages.Editor_no; //$NON-NLS-1$
			default -> value;
			};
		} catch (NumberFormatException e) {
			return value;
		}
	}
}

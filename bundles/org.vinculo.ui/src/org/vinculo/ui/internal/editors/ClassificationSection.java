package org.vinculo.ui.internal.editors;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.LifecycleChange;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Segment;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;

/**
 * The "Classification" section of a party editor: the lifecycle stage with a
 * coloured badge, when it began and its history, and the six segmentation
 * categories, each a drop-down on its admin-edited choice list. Retired values
 * a record still uses stay shown and kept.
 */
final class ClassificationSection<T extends Party> {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
	/** The badge says the day; the history says the time too. */
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

	private final PartyEditor<T> editor;
	private final Label badge;
	private final Map<Segment, ChoiceBinding<T>> segments = new EnumMap<>(Segment.class);
	/** The stage and the segments: drop-downs that list their entries after the editor's first paint. */
	private final List<ChoiceBinding<T>> lists = new ArrayList<>();

	ClassificationSection(PartyEditor<T> editor, FormToolkit toolkit, Composite body) {
		this.editor = editor;
		Section section = toolkit.createSection(body, ExpandableComposite.SHORT_TITLE_BAR | ExpandableComposite.TWISTIE
				| ExpandableComposite.EXPANDED);
		section.setText(Messages.Editor_sectionClassification);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(client);

		toolkit.createLabel(client, Messages.Editor_lifecycle);
		Combo stage = WidgetIds.tag(new Combo(client, SWT.READ_ONLY), WidgetIds.PARTY_LIFECYCLE);
		// widths not taken from the entries: the same before and after they are listed
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(stage);
		Map<String, String> stages = new LinkedHashMap<>();
		for (LifecycleStage s : LifecycleStage.values()) {
			stages.put(s.name(), s.label());
		}
		ChoiceBinding<T> lifecycle = new ChoiceBinding<T>(WidgetIds.PARTY_LIFECYCLE, Messages.Editor_lifecycleName, stage,
				stages, code -> code, p -> p.getLifecycle().name(), (p, v) -> p.setLifecycle(LifecycleStage.valueOf(v)),
				editor::fieldChanged).listLater();
		lists.add(lifecycle);
		editor.addBinding(lifecycle);

		Composite since = toolkit.createComposite(client);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(since);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(since);
		badge = WidgetIds.tag(toolkit.createLabel(since, "", SWT.NONE), WidgetIds.PARTY_LIFECYCLE_BADGE); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(badge);
		Hyperlink history = WidgetIds.tag(toolkit.createHyperlink(since, Messages.Editor_lifecycleHistory, SWT.NONE),
				WidgetIds.PARTY_LIFECYCLE_HISTORY);
		history.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				showHistory();
			}
		});

		for (Segment segment : Segment.values()) {
			toolkit.createLabel(client, segment.label() + ":"); //$NON-NLS-1$
			String id = WidgetIds.PARTY_SEGMENT_PREFIX + segment.listCode();
			Combo combo = WidgetIds.tag(new Combo(client, SWT.READ_ONLY), id);
			GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(combo);
			ChoiceBinding<T> binding = new ChoiceBinding<T>(id, segment.label(), combo, Map.of("", ""), //$NON-NLS-1$ //$NON-NLS-2$
					ClassificationSection::labelOfValue,
					p -> p.getSegment(segment) == null ? "" : p.getSegment(segment).toString(), //$NON-NLS-1$
					(p, v) -> p.setSegment(segment, v.isEmpty() ? null : Long.valueOf(v)), editor::fieldChanged)
					.listLater();
			lists.add(binding);
			segments.put(segment, binding);
			editor.addBinding(binding);
		}
		section.setClient(client);
		toolkit.paintBordersFor(client);
	}

	/** Offers every entry in the drop-downs, which until then hold only the value shown. */
	void listChoices() {
		lists.forEach(ChoiceBinding::list);
	}

	private static String labelOfValue(String id) {
		return CoreServices.choices().value(Long.parseLong(id)).map(Labels::choice).orElse(id);
	}

	/** Offers the current entries of every segment list (read off the UI thread by the editor's load). */
	void setChoices(Map<Segment, List<ChoiceValue>> lists) {
		lists.forEach((segment, values) -> {
			Map<String, String> choices = new LinkedHashMap<>();
			choices.put("", ""); //$NON-NLS-1$ //$NON-NLS-2$
			values.forEach(v -> choices.put(v.getId().toString(), Labels.choice(v)));
			segments.get(segment).setChoices(choices);
		});
	}

	/** Reads every segment's active entries; call off the UI thread. */
	static Map<Segment, List<ChoiceValue>> readChoices() {
		Map<String, List<ChoiceValue>> byCode = CoreServices.choices()
				.values(Arrays.stream(Segment.values()).map(Segment::listCode).toList(), false);
		Map<Segment, List<ChoiceValue>> lists = new EnumMap<>(Segment.class);
		for (Segment segment : Segment.values()) {
			lists.put(segment, byCode.get(segment.listCode()));
		}
		return lists;
	}

	/** The badge beside the stage: its name in the stage's colour, and since when. */
	void showBadge(T record) {
		if (badge.isDisposed() || record == null) {
			return;
		}
		LifecycleStage stage = record.getLifecycle();
		badge.setForeground(Labels.lifecycleColor(stage));
		badge.setText(record.getLifecycleSince() == null ? "\u25cf " + stage.label() //$NON-NLS-1$
				: NLS.bind(Messages.Editor_lifecycleSince, "\u25cf " + stage.label(), //$NON-NLS-1$
						DAY.format(record.getLifecycleSince().atZone(ZoneId.systemDefault()))));
		badge.getParent().layout();
	}

	private void showHistory() {
		T record = editor.record();
		if (record == null) {
			return;
		}
		List<LifecycleChange> changes = CoreServices.parties().lifecycleHistory(record.getId());
		String text = changes.isEmpty() ? Messages.Editor_lifecycleNoHistory
				: changes.stream().map(ClassificationSection::describe).collect(Collectors.joining("\n")); //$NON-NLS-1$
		MessageDialog.openInformation(badge.getShell(), NLS.bind(Messages.Editor_lifecycleHistoryTitle,
				record.getDisplayName()), text);
	}

	private static String describe(LifecycleChange change) {
		String when = WHEN.format(change.getChangedAt().atZone(ZoneId.systemDefault()));
		String step = change.getFrom() == null ? change.getTo().label()
				: change.getFrom().label() + " \u2192 " + change.getTo().label(); //$NON-NLS-1$
		return change.getReason() == null ? when + "  " + step //$NON-NLS-1$
				: NLS.bind(Messages.Editor_lifecycleHistoryLine, new Object[] { when, step, change.getReason() });
	}
}

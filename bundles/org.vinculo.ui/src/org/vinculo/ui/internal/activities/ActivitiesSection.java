package org.vinculo.ui.internal.activities;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ActivityKind;
import org.vinculo.core.model.ActivityStatus;
import org.vinculo.core.model.Party;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.PartyOpener;
import org.vinculo.ui.internal.Terms;

/**
 * The "Timeline" section of a person or organization editor: every call,
 * meeting, visit, email, task and note with the party, newest first, optionally
 * of one kind, with add, edit, mark done and delete. Overdue plans show red,
 * finished ones grey; it follows changes made anywhere (the agenda, reminders,
 * the other party's editor).
 */
public final class ActivitiesSection {

	private static final int MINUTE_MILLIS = 60_000;
	private static final ActivityKind[] KINDS = ActivityKind.values();

	private final IWorkbenchPartSite site;
	private final long partyId;
	private final Supplier<? extends Party> record;
	private final TableViewer viewer;
	private final Combo kindFilter;
	private final Label emptyHint;
	private final Button addButton;
	private final Button editButton;
	private final Button doneButton;
	private final Button deleteButton;
	private final IEventBroker broker;
	private final EventHandler onChange = this::changed;
	private final Runnable tick = this::tick;
	private List<Activity> rows = List.of();
	private Owners owners = Owners.NONE;
	private int loads;

	/**
	 * @param body    the editor's form body, laid out by a one-column grid
	 * @param terms   the editor's terms, relabelled on renames
	 * @param partyId the person or organization the editor shows
	 * @param record  the party as last loaded, {@code null} while loading
	 */
	public ActivitiesSection(IWorkbenchPartSite site, FormToolkit toolkit, Composite body, Terms terms, long partyId,
			Supplier<? extends Party> record) {
		this.site = site;
		this.partyId = partyId;
		this.record = record;
		Section section = toolkit.createSection(body, ExpandableComposite.SHORT_TITLE_BAR | Section.DESCRIPTION
				| ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED);
		section.setText(Messages.Activities_section);
		terms.bind(() -> section.setDescription(Terms.format(Messages.Activities_sectionHint)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(client);

		Composite bar = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		addButton = WidgetIds.tag(toolkit.createButton(bar, Messages.Activities_add, SWT.PUSH),
				WidgetIds.ACTIVITIES_ADD);
		addButton.addListener(SWT.Selection, e -> add());
		editButton = WidgetIds.tag(toolkit.createButton(bar, Messages.Activities_edit, SWT.PUSH),
				WidgetIds.ACTIVITIES_EDIT);
		editButton.addListener(SWT.Selection, e -> editSelected());
		doneButton = WidgetIds.tag(toolkit.createButton(bar, Messages.Activities_markDone, SWT.PUSH),
				WidgetIds.ACTIVITIES_DONE);
		doneButton.addListener(SWT.Selection, e -> markSelectedDone());
		deleteButton = WidgetIds.tag(toolkit.createButton(bar, Messages.Activities_delete, SWT.PUSH),
				WidgetIds.ACTIVITIES_DELETE);
		deleteButton.addListener(SWT.Selection, e -> deleteSelected());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(toolkit.createLabel(bar, "")); //$NON-NLS-1$
		toolkit.createLabel(bar, Messages.Activities_show);
		kindFilter = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), WidgetIds.ACTIVITIES_KIND);
		toolkit.adapt(kindFilter, true, false);
		kindFilter.add(Messages.Activities_allKinds);
		for (ActivityKind kind : KINDS) {
			kindFilter.add(kind.label());
		}
		kindFilter.select(0);
		kindFilter.addListener(SWT.Selection, e -> load());

		emptyHint = WidgetIds.tag(toolkit.createLabel(client, Messages.Activities_empty, SWT.WRAP),
				WidgetIds.ACTIVITIES_EMPTY);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(emptyHint);

		viewer = new TableViewer(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), WidgetIds.ACTIVITIES_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 160).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ActivityColumns.add(viewer, Messages.Activities_columnWhen, 140, a -> ActivityLabels.when(a.getStartsAt()));
		ActivityColumns.add(viewer, Messages.Activities_columnKind, 80, a -> a.getKind().label());
		ActivityColumns.add(viewer, Messages.Activities_columnSubject, 220, Activity::getSubject);
		ActivityColumns.add(viewer, Messages.Activities_columnStatus, 80, a -> a.getStatus().label());
		ActivityColumns.add(viewer, Messages.Activities_columnWith, 170, a -> ActivityLabels.withWhom(a, partyId));
		ActivityColumns.add(viewer, Messages.Activities_columnOwner, 110, a -> owners.label(a.getOwnerId()));
		ActivityColumns.add(viewer, Messages.Activities_columnOutcome, 260, a -> ActivityLabels.oneLine(a.getOutcome()));
		viewer.addOpenListener(e -> editSelected());
		viewer.addSelectionChangedListener(e -> updateButtons());
		createMenu();
		section.setClient(client);
		toolkit.paintBordersFor(client);

		broker = site.getService(IEventBroker.class);
		if (broker != null) {
			broker.subscribe(RecordEvents.ALL_TOPICS, onChange);
		}
		Display display = viewer.getControl().getDisplay();
		display.timerExec(MINUTE_MILLIS, tick);
		viewer.getControl().addDisposeListener(e -> {
			if (broker != null) {
				broker.unsubscribe(onChange);
			}
			display.timerExec(-1, tick);
		});
		updateButtons();
		load();
	}

	private void createMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Action(Messages.Activities_edit) {
			@Override
			public void run() {
				editSelected();
			}
		});
		menu.add(new Action(Messages.Activities_markDone) {
			@Override
			public void run() {
				markSelectedDone();
			}
		});
		menu.add(new Action(Messages.Activities_delete) {
			@Override
			public void run() {
				deleteSelected();
			}
		});
		menu.add(new Separator());
		menu.add(new Action(Messages.Activities_openOther) {
			@Override
			public void run() {
				selected().map(this::other).ifPresent(p -> PartyOpener.open(site.getPage(), p));
			}

			private Party other(Activity activity) {
				Party person = activity.getPerson();
				return person != null && person.getId() != null && person.getId() == partyId
						? activity.getOrganization()
						: person;
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private Optional<Activity> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Activity a ? Optional.of(a)
				: Optional.empty();
	}

	/** Call when the editor's record is loaded: adding needs it. */
	public void updateButtons() {
		if (addButton.isDisposed()) {
			return;
		}
		Optional<Activity> one = selected();
		addButton.setEnabled(record.get() != null);
		editButton.setEnabled(one.isPresent());
		doneButton.setEnabled(one.map(a -> a.getStatus() == ActivityStatus.PLANNED).orElse(false));
		deleteButton.setEnabled(one.isPresent());
	}

	/** Opens the activity dialog for a new activity with this party. */
	public void add() {
		Party self = record.get();
		if (self != null) {
			ActivityActions.edit(site.getShell(), ActivityDialog.newActivity(self), owners, this::load);
		}
	}

	private void editSelected() {
		selected().ifPresent(a -> ActivityActions.edit(site.getShell(), a, owners, this::load));
	}

	private void markSelectedDone() {
		selected().filter(a -> a.getStatus() == ActivityStatus.PLANNED)
				.ifPresent(a -> ActivityActions.markDone(site.getShell(), a, this::load));
	}

	private void deleteSelected() {
		selected().ifPresent(a -> ActivityActions.delete(site.getShell(), a, this::load));
	}

	private Set<ActivityKind> shownKinds() {
		int index = kindFilter.getSelectionIndex();
		return index <= 0 ? EnumSet.allOf(ActivityKind.class) : EnumSet.of(KINDS[index - 1]);
	}

	/** Reads the timeline again in the background and shows it. */
	public void load() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		int sequence = ++loads;
		Set<ActivityKind> kinds = shownKinds();
		Display display = viewer.getControl().getDisplay();
		Job job = new Job(Messages.Activities_loadJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					Owners loadedOwners = Owners.read();
					List<Activity> loaded = CoreServices.activities().timeline(partyId, kinds);
					ActivityActions.later(display, () -> show(sequence, loaded, loadedOwners));
					return Status.OK_STATUS;
				} catch (RuntimeException e) {
					return Status.error(String.valueOf(e.getMessage()), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JobFamilies.EDITOR_LOAD || family == ActivityActions.LOAD_FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void show(int sequence, List<Activity> loaded, Owners loadedOwners) {
		if (sequence != loads || viewer.getControl().isDisposed()) {
			return;
		}
		Optional<Activity> before = selected();
		rows = loaded;
		owners = loadedOwners;
		viewer.setInput(loaded);
		before.flatMap(b -> loaded.stream().filter(b::equals).findFirst())
				.ifPresent(a -> viewer.setSelection(new StructuredSelection(a), true));
		boolean none = loaded.isEmpty();
		emptyHint.setText(kindFilter.getSelectionIndex() <= 0 ? Messages.Activities_empty
				: Messages.Activities_emptyOfKind);
		emptyHint.setVisible(none);
		((GridData) emptyHint.getLayoutData()).exclude = !none;
		emptyHint.getParent().layout(true, true);
		updateButtons();
	}

	/** Time passes: plans become overdue without anything being saved. */
	private void tick() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.refresh(true);
		viewer.getControl().getDisplay().timerExec(MINUTE_MILLIS, tick);
	}

	private void changed(Event event) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		String topic = event.getTopic();
		if (topic.startsWith(RecordEvents.ACTIVITY_TOPIC)) {
			if (isThisParty(event.getProperty(RecordEvents.PERSON_ID))
					|| isThisParty(event.getProperty(RecordEvents.ORGANIZATION_ID))
					|| topic.endsWith(RecordEvents.BULK_CREATED)) {
				load();
			}
		} else if (topic.equals(RecordEvents.TYPES_TOPIC)) {
			load(); // an owner renamed or retired
		} else if (topic.startsWith(RecordEvents.PARTY_TOPIC)) {
			if (event.getProperty(RecordEvents.ID) instanceof Long id && id != partyId
					&& rows.stream().anyMatch(a -> a.concerns(id))) {
				load(); // the other party renamed
			}
		}
	}

	private boolean isThisParty(Object id) {
		return id instanceof Number number && number.longValue() == partyId;
	}
}

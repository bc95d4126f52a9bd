package org.vinculo.ui.internal.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.model.Activity;
import org.vinculo.core.model.ChoiceValue;
import org.vinculo.core.model.Party;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.PartyOpener;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.internal.dialogs.PartyPickerDialog;

/**
 * The current user's agenda: planned activities that are overdue, due today and
 * due later this week, earliest first. Made to be worked from the keyboard:
 * Enter opens, Space or Ctrl+D marks done, Delete deletes, Ctrl+N plans a new
 * one. Follows changes made anywhere and, as time passes, moves rows into
 * "Overdue" on its own.
 */
public final class AgendaView extends ViewPart {

	public static final String ID = "org.vinculo.ui.agendaView"; //$NON-NLS-1$

	/** The command Ctrl+N runs in the workbench; while the agenda is active it plans an activity. */
	private static final String NEW_COMMAND = "org.eclipse.ui.newWizard"; //$NON-NLS-1$
	private static final int MINUTE_MILLIS = 60_000;

	/** The agenda's groups, in the order they are shown. */
	enum Due {
		OVERDUE, TODAY, THIS_WEEK;

		static Due of(Activity activity, LocalDateTime now) {
			if (activity.isOverdue(now)) {
				return OVERDUE;
			}
			return activity.getStartsAt().toLocalDate().equals(now.toLocalDate()) ? TODAY : THIS_WEEK;
		}

		String label() {
			return switch (this) {
			case OVERDUE -> Messages.Agenda_overdue;
			case TODAY -> Messages.Agenda_today;
			case THIS_WEEK -> Messages.Agenda_thisWeek;
			};
		}
	}

	private final Runnable tick = this::tick;
	private final EventHandler onChange = this::changed;
	private Combo ownerCombo;
	private Label summary;
	private TableViewer viewer;
	private Action deleteAction;
	private List<ChoiceValue> ownerChoices = List.of();
	private Owners owners = Owners.NONE;
	private List<Activity> rows = List.of();
	private IEventBroker broker;
	private IPreferenceChangeListener userListener;
	private Long toReveal;
	private int loads;

	/** Opens the agenda and selects {@code activity} once it shows. */
	public static void showActivity(IWorkbenchPage page, Activity activity) {
		try {
			AgendaView view = (AgendaView) page.showView(ID);
			view.reveal(activity);
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Agenda_title, e.getMessage());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).spacing(8, 6).applyTo(parent);

		Label ownerLabel = new Label(parent, SWT.NONE);
		ownerLabel.setText(Messages.Agenda_of);
		ownerCombo = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), WidgetIds.AGENDA_OWNER);
		ownerCombo.add(Messages.Owner_nobody);
		ownerCombo.select(0);
		GridDataFactory.swtDefaults().hint(180, SWT.DEFAULT).applyTo(ownerCombo);
		ownerCombo.addListener(SWT.Selection, e -> ownerChosen());
		summary = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.AGENDA_SUMMARY);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);

		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), WidgetIds.AGENDA_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(300, 160).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ActivityColumns.add(viewer, Messages.Agenda_columnDue, 100,
				a -> Due.of(a, LocalDateTime.now()).label());
		ActivityColumns.add(viewer, Messages.Activities_columnWhen, 140, a -> ActivityLabels.when(a.getStartsAt()));
		ActivityColumns.add(viewer, Messages.Activities_columnKind, 80, a -> a.getKind().label());
		ActivityColumns.add(viewer, Messages.Activities_columnSubject, 260, Activity::getSubject);
		ActivityColumns.add(viewer, Messages.Activities_columnWith, 240, ActivityLabels::parties);
		viewer.addOpenListener(e -> editSelected());
		viewer.addSelectionChangedListener(e -> updateActions());
		viewer.getTable().addListener(SWT.KeyDown, this::keyPressed);
		createActions();

		broker = getSite().getService(IEventBroker.class);
		if (broker != null) {
			broker.subscribe(RecordEvents.ALL_TOPICS, onChange);
		}
		Display display = parent.getDisplay();
		userListener = CurrentUser.listen(() -> ActivityActions.later(display, this::load));
		display.timerExec(MINUTE_MILLIS, tick);
		updateActions();
		load();
	}

	private void createActions() {
		deleteAction = new Action(Messages.Activities_delete) {
			@Override
			public void run() {
				deleteSelected();
			}
		};
		// the Delete key and Edit > Delete act on the selected activity while the agenda is active
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
		getViewSite().getActionBars().updateActionBars();
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		if (handlers != null) {
			handlers.activateHandler(NEW_COMMAND, new AbstractHandler() {
				@Override
				public Object execute(ExecutionEvent event) {
					newActivity();
					return null;
				}
			});
		}

		MenuManager menu = new MenuManager();
		menu.add(new Action(Messages.Agenda_open) {
			@Override
			public void run() {
				editSelected();
			}
		});
		menu.add(new Action(Messages.Agenda_markDone) {
			@Override
			public void run() {
				markSelectedDone();
			}
		});
		menu.add(deleteAction);
		menu.add(new Separator());
		menu.add(new Action(Messages.Agenda_new) {
			@Override
			public void run() {
				newActivity();
			}
		});
		menu.add(new Separator());
		menu.add(new Action(Terms.format(Messages.Agenda_openPerson)) {
			@Override
			public void run() {
				selected().map(Activity::getPerson).ifPresent(p -> PartyOpener.open(getSite().getPage(), p));
			}
		});
		menu.add(new Action(Terms.format(Messages.Agenda_openOrganization)) {
			@Override
			public void run() {
				selected().map(Activity::getOrganization)
						.ifPresent(o -> PartyOpener.open(getSite().getPage(), o));
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	private void keyPressed(Event e) {
		if (!e.doit) {
			return;
		}
		boolean command = (e.stateMask & SWT.MODIFIER_MASK) == SWT.MOD1;
		if (e.character == ' ' && (e.stateMask & SWT.MODIFIER_MASK) == 0 || command && e.keyCode == 'd') {
			e.doit = false;
			markSelectedDone();
		} else if (e.keyCode == SWT.DEL && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
			e.doit = false; // reached only when no key binding took Delete first
			deleteSelected();
		} else if (command && e.keyCode == 'n') {
			e.doit = false; // likewise for Ctrl+N
			newActivity();
		}
	}

	private Optional<Activity> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Activity a ? Optional.of(a)
				: Optional.empty();
	}

	private void updateActions() {
		deleteAction.setEnabled(selected().isPresent());
	}

	private void editSelected() {
		selected().ifPresent(a -> ActivityActions.edit(getSite().getShell(), a, owners, this::load));
	}

	private void markSelectedDone() {
		selected().ifPresent(a -> ActivityActions.markDone(getSite().getShell(), a, this::load));
	}

	private void deleteSelected() {
		selected().ifPresent(a -> ActivityActions.delete(getSite().getShell(), a, this::load));
	}

	/** Plans an activity with a person or organization chosen first. */
	private void newActivity() {
		PartyPickerDialog picker = new PartyPickerDialog(getSite().getShell(), null,
				Terms.format(Messages.Agenda_pickParty));
		if (picker.open() != Window.OK || picker.chosen() == null) {
			return;
		}
		Party party = picker.chosen();
		ActivityActions.edit(getSite().getShell(), ActivityDialog.newActivity(party), owners, this::load);
	}

	private void ownerChosen() {
		int index = ownerCombo.getSelectionIndex();
		Long id = index <= 0 ? null : ownerChoices.get(index - 1).getId();
		if (!Objects.equals(id, CurrentUser.get())) {
			CurrentUser.set(id); // the listener reads the agenda again
		}
	}

	/** Selects {@code activity} once it shows (it may be read again first). */
	void reveal(Activity activity) {
		toReveal = activity.getId();
		load();
	}

	/** The end of this week in the user's locale: what the agenda reads up to. */
	static LocalDateTime endOfWeek(LocalDate today) {
		DayOfWeek first = WeekFields.of(Locale.getDefault()).getFirstDayOfWeek();
		return today.with(TemporalAdjusters.next(first)).atStartOfDay();
	}

	/** Reads the current user's agenda again in the background and shows it. */
	public void load() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		int sequence = ++loads;
		Long ownerId = CurrentUser.get();
		Display display = viewer.getControl().getDisplay();
		Job job = new Job(Messages.Agenda_loadJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					Owners loadedOwners = Owners.read();
					LocalDateTime until = endOfWeek(LocalDate.now());
					List<Activity> loaded = CoreServices.activities().agenda(ownerId, until);
					ActivityActions.later(display, () -> show(sequence, ownerId, loaded, loadedOwners));
					return Status.OK_STATUS;
				} catch (RuntimeException e) {
					return Status.error(String.valueOf(e.getMessage()), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ActivityActions.LOAD_FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void show(int sequence, Long ownerId, List<Activity> loaded, Owners loadedOwners) {
		if (sequence != loads || viewer.getControl().isDisposed()) {
			return;
		}
		owners = loadedOwners;
		showOwners(ownerId);

		Optional<Activity> before = selected();
		int beforeIndex = viewer.getTable().getSelectionIndex();
		rows = loaded;
		viewer.setInput(loaded);
		Optional<Activity> again = Optional.empty();
		if (toReveal != null) {
			again = loaded.stream().filter(a -> toReveal.equals(a.getId())).findFirst();
			toReveal = null;
		}
		if (again.isEmpty()) {
			again = before.flatMap(b -> loaded.stream().filter(b::equals).findFirst());
		}
		if (again.isEmpty() && beforeIndex >= 0 && !loaded.isEmpty()) {
			// the selected one was done or deleted: its neighbour, so the keyboard can go on
			again = Optional.of(loaded.get(Math.min(beforeIndex, loaded.size() - 1)));
		}
		again.ifPresent(a -> viewer.setSelection(new StructuredSelection(a), true));

		LocalDateTime now = LocalDateTime.now();
		long overdue = loaded.stream().filter(a -> Due.of(a, now) == Due.OVERDUE).count();
		long today = loaded.stream().filter(a -> Due.of(a, now) == Due.TODAY).count();
		long later = loaded.size() - overdue - today;
		summary.setText(Messages.format(Messages.Agenda_summary, overdue, today, later));
		summary.getParent().layout();
		updateActions();
	}

	/** Fills the "Agenda of" combo, the current user selected. */
	private void showOwners(Long ownerId) {
		ownerChoices = owners.choosable(ownerId);
		String[] items = new String[ownerChoices.size() + 1];
		items[0] = Messages.Owner_nobody;
		int selected = ownerId == null ? 0 : -1;
		for (int i = 0; i < ownerChoices.size(); i++) {
			items[i + 1] = Owners.nameOf(ownerChoices.get(i));
			if (ownerChoices.get(i).getId().equals(ownerId)) {
				selected = i + 1;
			}
		}
		if (!Arrays.equals(items, ownerCombo.getItems())) {
			ownerCombo.setItems(items);
		}
		if (selected >= 0) {
			ownerCombo.select(selected);
		} else {
			ownerCombo.deselectAll(); // an owner no longer in the list
		}
	}

	/** Time passes: reads again, which also picks up what other users planned. */
	private void tick() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		load();
		viewer.getControl().getDisplay().timerExec(MINUTE_MILLIS, tick);
	}

	private void changed(org.osgi.service.event.Event event) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		String topic = event.getTopic();
		if (topic.startsWith(RecordEvents.ACTIVITY_TOPIC) || topic.equals(RecordEvents.TYPES_TOPIC)) {
			load();
		} else if (topic.startsWith(RecordEvents.PARTY_TOPIC)) {
			if (event.getProperty(RecordEvents.ID) instanceof Long id && rows.stream().anyMatch(a -> a.concerns(id))) {
				load(); // a name shown here changed
			}
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (broker != null) {
			broker.unsubscribe(onChange);
		}
		if (userListener != null) {
			CurrentUser.unlisten(userListener);
		}
		Display display = Display.getCurrent();
		if (display != null && !display.isDisposed()) {
			display.timerExec(-1, tick);
		}
		super.dispose();
	}
}

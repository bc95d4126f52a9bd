package org.vinculo.ui.internal.editors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.PartyOpener;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.internal.dialogs.RelationshipDialog;

/**
 * The "Relationships" section of a party editor: every typed relationship the
 * party has, read from its side ("customer of Suministros SA"), with add, edit
 * and remove. Both ends' editors refresh after any change.
 */
final class RelationshipsSection {

	private final IWorkbenchPartSite site;
	private final long partyId;
	private final Supplier<Party> record;
	private final TableViewer viewer;
	private final Label emptyHint;
	private final Button addButton;
	private final Button editButton;
	private final Button removeButton;
	private final IEventBroker broker;
	private final EventHandler onChange = this::changed;
	private List<Relationship> rows = List.of();
	private int loads;

	RelationshipsSection(IWorkbenchPartSite site, FormToolkit toolkit, Composite body, Terms terms, long partyId,
			Supplier<Party> record) {
		this.site = site;
		this.partyId = partyId;
		this.record = record;
		Section section = toolkit.createSection(body, ExpandableComposite.SHORT_TITLE_BAR | Section.DESCRIPTION
				| ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED);
		terms.bind(() -> {
			section.setText(Terms.format(Messages.Relationships_section));
			section.setDescription(Terms.format(Messages.Relationships_sectionHint));
		});
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(client);

		Composite bar = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		addButton = WidgetIds.tag(toolkit.createButton(bar, "", SWT.PUSH), WidgetIds.RELATIONSHIPS_ADD); //$NON-NLS-1$
		terms.bind(() -> addButton.setText(Terms.format(Messages.Relationships_add)));
		addButton.addListener(SWT.Selection, e -> add());
		editButton = WidgetIds.tag(toolkit.createButton(bar, Messages.Relationships_edit, SWT.PUSH),
				WidgetIds.RELATIONSHIPS_EDIT);
		editButton.addListener(SWT.Selection, e -> editSelected());
		removeButton = WidgetIds.tag(toolkit.createButton(bar, Messages.Relationships_remove, SWT.PUSH),
				WidgetIds.RELATIONSHIPS_REMOVE);
		removeButton.addListener(SWT.Selection, e -> removeSelected());

		emptyHint = WidgetIds.tag(toolkit.createLabel(client, "", SWT.WRAP), WidgetIds.RELATIONSHIPS_EMPTY); //$NON-NLS-1$
		terms.bind(() -> emptyHint.setText(Terms.format(Messages.Relationships_empty)));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(emptyHint);

		viewer = new TableViewer(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), WidgetIds.RELATIONSHIPS_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 130).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(terms, Messages.Relationships_columnType, 150, r -> r.labelFrom(partyId));
		TableViewerColumn other = Columns.<Relationship>add(viewer, "", 220, //$NON-NLS-1$
				r -> r.other(partyId).getDisplayName(), r -> Labels.image(r.other(partyId).getKind()));
		terms.bind(() -> other.getColumn().setText(Terms.format(Messages.Relationships_columnOther)));
		column(terms, Messages.Editor_columnSince, 100, r -> Labels.date(r.getSince()));
		column(terms, Messages.Editor_columnUntil, 100, r -> Labels.date(r.getUntil()));
		column(terms, Messages.Editor_columnStatus, 80, r -> r.isCurrent(LocalDate.now()) ? Messages.Editor_statusCurrent
				: r.getUntil() != null && r.getUntil().isBefore(LocalDate.now()) ? Messages.Editor_statusPast
						: Messages.Editor_statusFuture);
		column(terms, Messages.Relationships_columnStrength, 80,
				r -> r.getStrength() == null ? "" : "\u2605".repeat(r.getStrength())); //$NON-NLS-1$ //$NON-NLS-2$
		column(terms, Messages.Relationships_columnNote, 200, Relationship::getNote);
		viewer.addOpenListener(e -> selected().ifPresent(r -> PartyOpener.open(site.getPage(), r.other(partyId))));
		viewer.addSelectionChangedListener(e -> updateButtons());
		MenuManager menu = new MenuManager();
		menu.add(new Action(Messages.Editor_openCounterpart) {
			@Override
			public void run() {
				selected().ifPresent(r -> PartyOpener.open(site.getPage(), r.other(partyId)));
			}
		});
		menu.add(new Action(Messages.Relationships_edit) {
			@Override
			public void run() {
				editSelected();
			}
		});
		menu.add(new Action(Messages.Relationships_remove) {
			@Override
			public void run() {
				removeSelected();
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		section.setClient(client);
		toolkit.paintBordersFor(client);

		broker = site.getService(IEventBroker.class);
		if (broker != null) {
			broker.subscribe(RecordEvents.ALL_TOPICS, onChange);
		}
		viewer.getControl().addDisposeListener(e -> {
			if (broker != null) {
				broker.unsubscribe(onChange);
			}
		});
		updateButtons();
		load();
	}

	private void column(Terms terms, String title, int width, java.util.function.Function<Relationship, String> text) {
		TableViewerColumn column = Columns.add(viewer, title, width, text, null);
		terms.bind(() -> column.getColumn().setText(Terms.format(title)));
	}

	private Optional<Relationship> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Relationship r ? Optional.of(r)
				: Optional.empty();
	}

	void updateButtons() {
		if (addButton.isDisposed()) {
			return;
		}
		boolean one = selected().isPresent();
		addButton.setEnabled(record.get() != null);
		editButton.setEnabled(one);
		removeButton.setEnabled(one);
	}

	/** Opens the relationship dialog for a new link of this party. */
	void add() {
		Party self = record.get();
		if (self != null) {
			new RelationshipDialog(site.getShell(), self, null, null).open();
		}
	}

	private void editSelected() {
		Party self = record.get();
		selected().ifPresent(r -> {
			if (self != null && new RelationshipDialog(site.getShell(), self, r, null).open() == Window.OK) {
				load();
			}
		});
	}

	private void removeSelected() {
		selected().ifPresent(r -> {
			String question = Terms.format(Messages.Relationships_removeQuestion,
					r.getFrom().getDisplayName(), r.getType().getLabel(), r.getTo().getDisplayName());
			if (!MessageDialog.openConfirm(site.getShell(), Terms.format(Messages.Relationships_removeTitle), question)) {
				return;
			}
			try {
				CoreServices.relationships().remove(r);
			} catch (StaleRecordException e) {
				MessageDialog.openError(site.getShell(), Terms.format(Messages.Relationships_removeTitle), e.getMessage());
			}
			load();
		});
	}

	/** Reads the relationships again in the background and shows them. */
	void load() {
		int sequence = ++loads;
		Display display = viewer.getControl().getDisplay();
		Job job = new Job(Messages.Relationships_loadJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					List<Relationship> loaded = CoreServices.relationships().relationshipsOf(partyId);
					display.asyncExec(() -> show(sequence, loaded));
					return Status.OK_STATUS;
				} catch (RuntimeException e) {
					return Status.error(e.getMessage(), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JobFamilies.EDITOR_LOAD;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void show(int sequence, List<Relationship> loaded) {
		if (sequence != loads || viewer.getControl().isDisposed()) {
			return;
		}
		rows = loaded;
		viewer.setInput(loaded);
		boolean none = loaded.isEmpty();
		emptyHint.setVisible(none);
		((org.eclipse.swt.layout.GridData) emptyHint.getLayoutData()).exclude = !none;
		emptyHint.getParent().layout(true, true);
		updateButtons();
	}

	private void changed(Event event) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		String topic = event.getTopic();
		if (topic.startsWith(RecordEvents.RELATIONSHIP_TOPIC)) {
			if (Long.valueOf(partyId).equals(event.getProperty(RecordEvents.FROM_ID))
					|| Long.valueOf(partyId).equals(event.getProperty(RecordEvents.TO_ID))
					|| topic.endsWith(RecordEvents.BULK_CREATED)) {
				load();
			}
		} else if (topic.equals(RecordEvents.TYPES_TOPIC)) {
			load(); // a type renamed
		} else if (topic.startsWith(RecordEvents.PARTY_TOPIC)) {
			Object changed = event.getProperty(RecordEvents.ID);
			if (rows.stream().anyMatch(r -> r.other(partyId).getId().equals(changed))) {
				load(); // the other end renamed or deleted
			}
		}
	}
}

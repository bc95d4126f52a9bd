package org.vinculo.ui.internal.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.network.Introduction;
import org.vinculo.core.network.Network;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.PartyEditorInput;
import org.vinculo.ui.internal.PartyOpener;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.internal.dialogs.PartyPickerDialog;

/**
 * "Who can introduce us to…?": the five best-ranked paths from our organization
 * to a target party, each explained in words, with the parties on the selected
 * path one click away, and the answer copied or kept as a note on the target.
 */
public final class IntroductionsView extends ViewPart {

	public static final String ID = "org.vinculo.ui.views.introductions"; //$NON-NLS-1$
	public static final int TOP = 5;

	private final Terms terms = new Terms();
	private Link from;
	private CLabel target;
	private TableViewer viewer;
	private Link path;
	private Button copy;
	private Button saveNote;
	private Label status;
	private PartyEditorInput targetParty;
	private List<Introduction> found = List.of();
	private IPreferenceChangeListener ourSideListener;
	private IEventBroker broker;
	private final EventHandler onNetworkChange = event -> {
		if (targetParty != null && !found.isEmpty()) {
			find(); // relationships changed: the ranking may too
		}
	};

	/** Opens the view and looks for introductions to {@code party}. */
	public static void showFor(IWorkbenchPage page, Party party) {
		try {
			IntroductionsView view = (IntroductionsView) page.showView(ID);
			view.setTarget(PartyEditorInput.of(party));
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Introductions_title, e.getMessage());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		broker = getSite().getService(IEventBroker.class);
		terms.listen(broker);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).spacing(8, 6).applyTo(parent);

		Label fromLabel = new Label(parent, SWT.NONE);
		terms.bind(() -> fromLabel.setText(Messages.Introductions_from));
		from = new Link(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(from);
		from.addListener(SWT.Selection, e -> chooseOurOrganization());
		showOurSide();

		Label toLabel = new Label(parent, SWT.NONE);
		toLabel.setText(Messages.Introductions_to);
		target = WidgetIds.tag(new CLabel(parent, SWT.NONE), WidgetIds.INTRODUCTIONS_TARGET);
		target.setText(Messages.Introductions_noTarget);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
		Button choose = new Button(parent, SWT.PUSH);
		choose.setText(Messages.Relationship_choose);
		choose.addListener(SWT.Selection, e -> chooseTarget());

		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), WidgetIds.INTRODUCTIONS_TABLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(300, 140).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Introductions_columnRank, 35, i -> Integer.toString(i.rank()));
		column(Messages.Introductions_columnLinks, 75, i -> Integer.toString(i.steps().size()));
		column(Messages.Introductions_columnCost, 60, i -> String.format("%.2f", i.cost())); //$NON-NLS-1$
		column(Messages.Introductions_columnPath, 900, Introduction::explanation);
		viewer.addSelectionChangedListener(e -> showSelected());
		viewer.addOpenListener(e -> selected().ifPresent(i -> {
			// the first party we do not already know well: the one to call
			Introduction.Party first = i.parties().get(Math.min(1, i.parties().size() - 1));
			PartyOpener.open(getSite().getPage(), new PartyEditorInput(first.kind(), first.id(), first.name()));
		}));

		status = WidgetIds.tag(new Label(parent, SWT.WRAP), WidgetIds.INTRODUCTIONS_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).applyTo(status);
		path = WidgetIds.tag(new Link(parent, SWT.WRAP), WidgetIds.INTRODUCTIONS_TEXT);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).applyTo(path);
		path.addListener(SWT.Selection, e -> openParty(e.text));

		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(buttons);
		copy = WidgetIds.tag(new Button(buttons, SWT.PUSH), WidgetIds.INTRODUCTIONS_COPY);
		copy.setText(Messages.Introductions_copy);
		copy.addListener(SWT.Selection, e -> copyAll());
		saveNote = WidgetIds.tag(new Button(buttons, SWT.PUSH), WidgetIds.INTRODUCTIONS_SAVE_NOTE);
		terms.bind(() -> saveNote.setText(Messages.Introductions_saveNote));
		saveNote.addListener(SWT.Selection, e -> saveAsNote());

		ourSideListener = OurSide.listen(() -> from.getDisplay().asyncExec(() -> {
			if (!from.isDisposed()) {
				showOurSide();
				find();
			}
		}));
		if (broker != null) {
			broker.subscribe(Network.TOPIC_READY, onNetworkChange);
			broker.subscribe(org.vinculo.core.service.RecordEvents.RELATIONSHIP_TOPIC + "*", onNetworkChange); //$NON-NLS-1$
			broker.subscribe(org.vinculo.core.service.RecordEvents.AFFILIATION_TOPIC + "*", onNetworkChange); //$NON-NLS-1$
		}
		updateButtons();
	}

	private void column(String title, int width, java.util.function.Function<Introduction, String> text) {
		TableViewerColumn column = Columns.add(viewer, title, width, text, null);
		terms.bind(() -> column.getColumn().setText(Terms.format(title)));
	}

	private void showOurSide() {
		long id = OurSide.organizationId();
		Optional<Party> ours = id == 0 ? Optional.empty() : CoreServices.parties().find(id);
		from.setText(ours.map(p -> NLS.bind(Messages.Introductions_ours, p.getDisplayName()))
				.orElse(Terms.format(Messages.Introductions_noOurs)));
		from.getParent().layout();
	}

	private void chooseOurOrganization() {
		PartyPickerDialog picker = new PartyPickerDialog(getSite().getShell(), PartyKind.ORGANIZATION,
				Terms.format(Messages.Introductions_pickOurs));
		if (picker.open() == Window.OK && picker.chosen() != null) {
			OurSide.setOrganizationId(picker.chosen().getId()); // the listener shows it and searches again
		}
	}

	private void chooseTarget() {
		PartyPickerDialog picker = new PartyPickerDialog(getSite().getShell(), null, Messages.Introductions_pickTarget);
		if (picker.open() == Window.OK && picker.chosen() != null) {
			setTarget(PartyEditorInput.of(picker.chosen()));
		}
	}

	/** Looks for introductions to {@code party}. */
	public void setTarget(PartyEditorInput party) {
		targetParty = party;
		target.setText(party.getName());
		target.setImage(Labels.image(party.getKind()));
		target.getParent().layout();
		find();
	}

	/** Ranks the paths in the background and shows them. */
	public void find() {
		long ours = OurSide.organizationId();
		if (targetParty == null) {
			return;
		}
		if (ours == 0) {
			status.setText(Terms.format(Messages.Introductions_noOurs));
			return;
		}
		long targetId = targetParty.getId();
		Display display = viewer.getControl().getDisplay();
		status.setText(Messages.Introductions_searching);
		Job job = new Job(Messages.Introductions_title) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Network network = CoreServices.network();
				long start = System.nanoTime();
				List<Introduction> result = network.introductions(ours, targetId, TOP);
				long millis = (System.nanoTime() - start) / 1_000_000;
				boolean ready = network.isReady();
				display.asyncExec(() -> show(targetId, result, ready, millis));
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	/** How soon a search is tried again while the network is still loading. */
	private static final int RETRY_MILLIS = 1_000;

	private void show(long targetId, List<Introduction> result, boolean ready, long millis) {
		if (viewer.getControl().isDisposed() || targetParty == null || targetParty.getId() != targetId) {
			return;
		}
		found = result;
		viewer.setInput(result);
		if (!ready) {
			status.setText(Messages.Introductions_loading);
			// the ready event may have come before this view listened: ask again shortly
			viewer.getControl().getDisplay().timerExec(RETRY_MILLIS, () -> {
				if (!viewer.getControl().isDisposed()) {
					find();
				}
			});
		} else if (result.isEmpty()) {
			status.setText(Terms.format(NLS.bind(Messages.Introductions_none,
					CoreServices.network().weights().maxHops())));
		} else {
			status.setText(NLS.bind(Messages.Introductions_found, result.size(), millis));
			viewer.getTable().select(0);
		}
		status.getParent().layout();
		showSelected();
	}

	private Optional<Introduction> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Introduction i ? Optional.of(i)
				: Optional.empty();
	}

	/** The selected path as links: each party opens with a click. */
	private void showSelected() {
		Optional<Introduction> introduction = selected();
		if (introduction.isEmpty()) {
			path.setText(""); //$NON-NLS-1$
		} else {
			String text = escape(introduction.get().explanation());
			// link every party's name (longest first, so "Ana Ruiz" is not cut by "Ana")
			List<Introduction.Party> parties = introduction.get().parties().stream()
					.sorted((a, b) -> b.name().length() - a.name().length()).toList();
			for (Introduction.Party party : parties) {
				String name = escape(party.name());
				int at = text.indexOf(name);
				if (at >= 0 && !insideLink(text, at)) {
					text = text.substring(0, at) + "<a href=\"" + party.id() + "\">" + name + "</a>" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							+ text.substring(at + name.length());
				}
			}
			path.setText(text);
		}
		path.getParent().layout();
		updateButtons();
	}

	private static boolean insideLink(String text, int at) {
		return text.lastIndexOf("<a ", at) > text.lastIndexOf("</a>", at); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String escape(String text) {
		return text.replace("&", "&&").replace("<", "\u2039"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void openParty(String id) {
		selected().flatMap(i -> i.parties().stream().filter(p -> Long.toString(p.id()).equals(id)).findFirst())
				.ifPresent(p -> PartyOpener.open(getSite().getPage(), new PartyEditorInput(p.kind(), p.id(), p.name())));
	}

	/** Every path found, one per line, ready to paste into a mail. */
	private String asText() {
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Introductions_textHeading, targetParty.getName()));
		for (Introduction introduction : found) {
			text.append(System.lineSeparator()).append(introduction.rank()).append(". ") //$NON-NLS-1$
					.append(introduction.explanation());
		}
		return text.toString();
	}

	private void copyAll() {
		Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
		try {
			clipboard.setContents(new Object[] { asText() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		status.setText(Messages.Introductions_copied);
	}

	/** Keeps the answer on the target's record, dated, under its notes (activities come with their own issue). */
	private void saveAsNote() {
		if (targetParty == null || found.isEmpty()) {
			return;
		}
		try {
			Party party = CoreServices.parties().find(targetParty.getId()).orElseThrow();
			String entry = LocalDate.now() + " " + asText(); //$NON-NLS-1$
			party.setNotes(party.getNotes() == null ? entry : party.getNotes() + System.lineSeparator() + entry);
			CoreServices.parties().update(party);
			status.setText(NLS.bind(Messages.Introductions_saved, targetParty.getName()));
		} catch (StaleRecordException | java.util.NoSuchElementException e) {
			status.setText(e.getMessage());
		} catch (RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Introductions_title, e.getMessage());
		}
		status.getParent().layout();
	}

	private void updateButtons() {
		boolean any = !found.isEmpty();
		copy.setEnabled(any);
		saveNote.setEnabled(any);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		terms.dispose();
		if (ourSideListener != null) {
			OurSide.unlisten(ourSideListener);
		}
		if (broker != null) {
			broker.unsubscribe(onNetworkChange);
		}
		super.dispose();
	}
}

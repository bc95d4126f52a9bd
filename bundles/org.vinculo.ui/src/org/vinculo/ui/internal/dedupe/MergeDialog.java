package org.vinculo.ui.internal.dedupe;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.vinculo.core.dedupe.MergeField;
import org.vinculo.core.dedupe.MergeRecord;
import org.vinculo.core.dedupe.MergeService;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.service.PartyService;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.Terms;
import org.vinculo.ui.internal.dialogs.VinculoDialog;

/**
 * Merges two records of the same kind. The user picks the record to keep (the
 * older one unless told otherwise) and, for each field where the two differ,
 * which value it keeps; the dialog says what moves from the other record.
 * Everything is read in the background when the dialog opens, and the merge
 * runs in a job; the versions read then guard against changes made meanwhile.
 */
public final class MergeDialog extends VinculoDialog {

	/** The longest value a choice shows in full; longer ones are cut, the whole in the tool tip. */
	private static final int SHOWN_CHARACTERS = 60;
	private static final int MAX_GRID_HEIGHT = 420;

	/** Both records as read when the dialog opened, with their fields both ways round and what hangs on each. */
	private record Loaded(Party first, Party second, List<MergeField> firstKept, List<MergeField> secondKept,
			Map<String, Long> firstAttachments, Map<String, Long> secondAttachments) {

		Party party(long id) {
			return first.getId() == id ? first : second;
		}

		List<MergeField> fields(long survivorId) {
			return first.getId() == survivorId ? firstKept : secondKept;
		}

		Map<String, Long> attachments(long partyId) {
			return first.getId() == partyId ? firstAttachments : secondAttachments;
		}
	}

	private final long firstId;
	private final long secondId;
	private long survivorId;
	/** The user's own choices: by field code, the id of the record whose value is kept. */
	private final Map<String, Long> chosen = new HashMap<>();
	private Loaded loaded;
	private int reads;
	private boolean busy;
	private MergeRecord merged;

	private Button keepFirst;
	private Button keepSecond;
	private Label moves;
	private ScrolledComposite scroller;
	private Composite grid;

	/** The two records in either order; the one with the lower id (the older) is kept unless the user says otherwise. */
	public MergeDialog(Shell parent, long oneId, long otherId) {
		super(parent);
		if (oneId == otherId) {
			throw new IllegalArgumentException("A record cannot be merged with itself: " + oneId); //$NON-NLS-1$
		}
		this.firstId = Math.min(oneId, otherId);
		this.secondId = Math.max(oneId, otherId);
		this.survivorId = firstId;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Opens the dialog; the merge done, if the user merged. */
	public static Optional<MergeRecord> open(Shell parent, long oneId, long otherId) {
		MergeDialog dialog = new MergeDialog(parent, oneId, otherId);
		return dialog.open() == Window.OK ? Optional.ofNullable(dialog.merged()) : Optional.empty();
	}

	/** After OK: the merge done. */
	public MergeRecord merged() {
		return merged;
	}

	private long loserId() {
		return survivorId == firstId ? secondId : firstId;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Merge_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Merge_title);
		setMessage(Messages.Merge_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 10).spacing(12, 8).applyTo(body);

		// the radios share a parent: a click on one clears the other, and the listeners do the same for code
		new Label(body, SWT.NONE).setText(Messages.Merge_keep);
		keepFirst = WidgetIds.tag(new Button(body, SWT.RADIO), DedupeIds.KEEP_FIRST);
		keepSecond = WidgetIds.tag(new Button(body, SWT.RADIO), DedupeIds.KEEP_SECOND);
		keepFirst.setText(Messages.Merge_reading);
		keepFirst.setSelection(true);
		keepFirst.setEnabled(false);
		keepSecond.setEnabled(false);
		keepFirst.addListener(SWT.Selection, e -> keep(firstId, keepFirst, keepSecond));
		keepSecond.addListener(SWT.Selection, e -> keep(secondId, keepSecond, keepFirst));

		moves = WidgetIds.tag(new Label(body, SWT.WRAP), DedupeIds.MOVES);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(moves);

		scroller = new ScrolledComposite(body, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 120).applyTo(scroller);
		grid = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(14, 6).applyTo(grid);
		scroller.setContent(grid);
		read();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Merge_button, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateButtons();
	}

	// ---- reading ---------------------------------------------------------------------------------

	/** Reads both records again in the background; the form shows them when they arrive. */
	private void read() {
		int sequence = ++reads;
		loaded = null;
		updateButtons();
		Display display = grid.getDisplay();
		long first = firstId;
		long second = secondId;
		Job job = new Job(Messages.Merge_loadJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					Loaded result = load(first, second);
					Merges.later(display, () -> show(sequence, result, null));
					return Status.OK_STATUS;
				} catch (IllegalStateException e) {
					Merges.later(display, () -> show(sequence, null, e.getMessage()));
					return Status.OK_STATUS; // told to the user; nothing went wrong
				} catch (RuntimeException e) {
					Merges.later(display, () -> show(sequence, null, String.valueOf(e.getMessage())));
					return Status.error(String.valueOf(e.getMessage()), e); // logged; the dialog shows it too
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == DedupeIds.READ_JOBS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	/** Runs in a job. */
	private static Loaded load(long first, long second) {
		PartyService parties = CoreServices.parties();
		Party one = parties.find(first).filter(p -> p.getMergedInto() == null).orElse(null);
		Party other = parties.find(second).filter(p -> p.getMergedInto() == null).orElse(null);
		if (one == null || other == null) {
			throw new IllegalStateException(Messages.Merge_gone);
		}
		if (one.getKind() != other.getKind()) {
			throw new IllegalStateException(Terms.format(Messages.Merge_differentKinds));
		}
		MergeService merges = CoreServices.merges();
		return new Loaded(one, other, merges.fields(first, second), merges.fields(second, first),
				merges.attachments(first), merges.attachments(second));
	}

	private void show(int sequence, Loaded result, String problem) {
		if (sequence != reads || grid.isDisposed()) {
			return;
		}
		loaded = result;
		if (result == null) {
			setErrorMessage(problem);
			keepFirst.setText(""); //$NON-NLS-1$
			keepSecond.setText(""); //$NON-NLS-1$
			moves.setText(""); //$NON-NLS-1$
			for (Control child : grid.getChildren()) {
				child.dispose();
			}
			updateButtons();
			return;
		}
		setErrorMessage(null);
		keepFirst.setText(recordLabel(result.first()));
		keepSecond.setText(recordLabel(result.second()));
		keepFirst.setSelection(survivorId == firstId);
		keepSecond.setSelection(survivorId == secondId);
		keepFirst.getParent().layout(true, true);
		render();
	}

	private static String recordLabel(Party party) {
		if (party.getCreatedAt() == null) {
			return escapeMnemonic(party.getDisplayName());
		}
		LocalDate created = LocalDate.ofInstant(party.getCreatedAt(), ZoneId.systemDefault());
		return escapeMnemonic(NLS.bind(Messages.Merge_recordLabel, party.getDisplayName(), Labels.date(created)));
	}

	// ---- the form --------------------------------------------------------------------------------

	private void keep(long id, Button clicked, Button other) {
		if (!clicked.getSelection() || loaded == null) {
			return; // the radio losing its selection also reports it
		}
		other.setSelection(false);
		if (survivorId != id) {
			survivorId = id;
			render(); // the fields come the other way round; the user's choices of values stay
		}
	}

	/** Shows what moves, and the fields with the kept record's values left, for the current survivor. */
	private void render() {
		long loserId = loserId();
		Party survivor = loaded.party(survivorId);
		Party loser = loaded.party(loserId);
		moves.setText(movesText(loaded.attachments(loserId)) + ' ' + Messages.Merge_kept);

		for (Control child : grid.getChildren()) {
			child.dispose();
		}
		heading(Messages.Merge_columnField);
		heading(NLS.bind(Messages.Merge_columnKept, survivor.getDisplayName()));
		heading(NLS.bind(Messages.Merge_columnOther, loser.getDisplayName()));
		boolean anyChoice = false;
		for (MergeField field : loaded.fields(survivorId)) {
			if (field.differs()) {
				addChoice(field);
				anyChoice = true;
			} else if (!isBlank(field.survivorValue())) {
				addSame(field);
			}
		}
		if (!anyChoice) {
			Label none = new Label(grid, SWT.WRAP);
			none.setText(Messages.Merge_noDifferences);
			GridDataFactory.fillDefaults().span(3, 1).applyTo(none);
		}
		Point size = grid.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		scroller.setMinSize(size);
		((GridData) scroller.getLayoutData()).heightHint = Math.min(size.y, MAX_GRID_HEIGHT);
		grid.layout(true, true);
		fitShell();
		updateButtons();
	}

	private static String movesText(Map<String, Long> attachments) {
		StringJoiner items = new StringJoiner(", "); //$NON-NLS-1$
		attachments.forEach((kind, count) -> {
			if (count != null && count > 0) {
				items.add(Messages.format(Messages.Merge_movesItem, kind, count));
			}
		});
		return items.length() == 0 ? Messages.Merge_movesNothing : NLS.bind(Messages.Merge_moves, items.toString());
	}

	private void heading(String text) {
		Label label = new Label(grid, SWT.NONE);
		label.setText(text);
		label.setFont(JFaceResources.getBannerFont());
	}

	/** A field where the two differ: one radio per value, in cells of their own. */
	private void addChoice(MergeField field) {
		new Label(grid, SWT.NONE).setText(field.label());
		Button survivorValue = radio(field, DedupeIds.SURVIVOR, field.survivorValue());
		Button loserValue = radio(field, DedupeIds.LOSER, field.loserValue());
		boolean takeLoser = takesLoserValue(field);
		survivorValue.setSelection(!takeLoser);
		loserValue.setSelection(takeLoser);
		// the radios live in separate cells, so the listeners keep them exclusive
		survivorValue.addListener(SWT.Selection, e -> {
			if (survivorValue.getSelection()) {
				loserValue.setSelection(false);
				chosen.put(field.code(), survivorId);
			}
		});
		loserValue.addListener(SWT.Selection, e -> {
			if (loserValue.getSelection()) {
				survivorValue.setSelection(false);
				chosen.put(field.code(), loserId());
			}
		});
	}

	private Button radio(MergeField field, String side, String value) {
		Composite cell = new Composite(grid, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(cell);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(cell);
		Button radio = WidgetIds.tag(new Button(cell, SWT.RADIO), DedupeIds.fieldChoice(field.code(), side));
		radio.setText(escapeMnemonic(shown(value)));
		if (value != null && value.length() > SHOWN_CHARACTERS) {
			radio.setToolTipText(value);
		}
		return radio;
	}

	/** A field both hold alike: its value, nothing to choose. */
	private void addSame(MergeField field) {
		new Label(grid, SWT.NONE).setText(field.label());
		Label value = new Label(grid, SWT.NONE);
		value.setText(escapeMnemonic(shown(field.survivorValue())));
		value.setForeground(grid.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		GridDataFactory.fillDefaults().span(2, 1).indent(20, 0).applyTo(value);
	}

	/** The user's choice, else the loser's value only where the survivor has none. */
	private boolean takesLoserValue(MergeField field) {
		Long owner = chosen.get(field.code());
		return owner != null ? owner == loserId() : field.onlyLoser();
	}

	private static String shown(String value) {
		if (isBlank(value)) {
			return Messages.Merge_empty;
		}
		String oneLine = value.strip().replaceAll("\\s*\\R\\s*", " \u21b5 "); //$NON-NLS-1$ //$NON-NLS-2$
		return oneLine.length() > SHOWN_CHARACTERS ? oneLine.substring(0, SHOWN_CHARACTERS) + '\u2026' : oneLine;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String escapeMnemonic(String text) {
		return text.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Grows the dialog to show what was read, within the screen. */
	private void fitShell() {
		Shell shell = getShell();
		if (shell == null || shell.isDisposed()) {
			return;
		}
		Point current = shell.getSize();
		Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
		Rectangle screen = shell.getMonitor().getClientArea();
		int width = Math.min(Math.max(current.x, wanted.x), screen.width * 9 / 10);
		int height = Math.min(Math.max(current.y, wanted.y), screen.height * 9 / 10);
		if (width != current.x || height != current.y) {
			shell.setSize(width, height);
		}
		shell.layout(true, true);
	}

	// ---- merging ---------------------------------------------------------------------------------

	@Override
	protected void okPressed() {
		if (busy || loaded == null) {
			return;
		}
		long survivor = survivorId;
		long loser = loserId();
		Party kept = loaded.party(survivor);
		Party away = loaded.party(loser);
		if (Merges.dirtyEditor(away.getKind(), loser).isPresent() && !MessageDialog.openQuestion(getShell(),
				Messages.Merge_dirtyTitle, NLS.bind(Messages.Merge_dirtyQuestion, away.getDisplayName()))) {
			return;
		}
		Set<String> takeFromLoser = new LinkedHashSet<>();
		for (MergeField field : loaded.fields(survivor)) {
			if (field.differs() && takesLoserValue(field)) {
				takeFromLoser.add(field.code());
			}
		}
		long survivorVersion = kept.getVersion();
		long loserVersion = away.getVersion();
		PartyKind kind = kept.getKind();
		Display display = getShell().getDisplay();
		setBusy(true);
		Job job = new Job(Messages.Merge_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					MergeRecord record = CoreServices.merges().merge(survivor, loser, takeFromLoser, survivorVersion,
							loserVersion);
					Merges.later(display, () -> mergeDone(record, kind));
					return Status.OK_STATUS;
				} catch (StaleRecordException e) {
					Merges.later(display, () -> mergeStale(e));
					return Status.OK_STATUS;
				} catch (RuntimeException e) {
					Merges.later(display, () -> mergeFailed(e));
					return Status.error(String.valueOf(e.getMessage()), e); // logged; the dialog shows it too
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == DedupeIds.WRITE_JOBS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void mergeDone(MergeRecord record, PartyKind kind) {
		merged = record;
		// the survivor's editor follows the core's events; the loser's has nothing left to show
		Merges.closeEditors(kind, record.loserId());
		Merges.announce(Merges.TOPIC_MERGED, record);
		busy = false;
		if (getShell() != null && !getShell().isDisposed()) {
			super.okPressed();
		}
	}

	private void mergeStale(StaleRecordException e) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		setBusy(false);
		MessageDialog.openError(getShell(), Messages.Merge_staleTitle, NLS.bind(Messages.Merge_stale, e.getMessage()));
		read();
	}

	private void mergeFailed(RuntimeException e) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		setBusy(false);
		setErrorMessage(String.valueOf(e.getMessage())); // nothing merged: the user may change the choice and retry
	}

	private void setBusy(boolean merging) {
		busy = merging;
		setMessage(merging ? Messages.Merge_merging : Messages.Merge_message);
		keepFirst.setEnabled(!merging);
		keepSecond.setEnabled(!merging);
		grid.setEnabled(!merging);
		updateButtons();
	}

	private void updateButtons() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null && !ok.isDisposed()) {
			ok.setEnabled(loaded != null && !busy);
		}
		Button cancel = getButton(IDialogConstants.CANCEL_ID);
		if (cancel != null && !cancel.isDisposed()) {
			cancel.setEnabled(!busy);
		}
		if (keepFirst != null && !keepFirst.isDisposed() && !busy) {
			keepFirst.setEnabled(loaded != null);
			keepSecond.setEnabled(loaded != null);
		}
	}

	@Override
	protected void cancelPressed() {
		if (!busy) {
			super.cancelPressed();
		}
	}

	/** Escape and the close box wait for a running merge: it cannot be stopped half-way. */
	@Override
	protected boolean canHandleShellCloseEvent() {
		return !busy;
	}
}

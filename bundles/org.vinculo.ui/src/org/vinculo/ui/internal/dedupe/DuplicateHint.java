package org.vinculo.ui.internal.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vinculo.core.dedupe.DuplicateMatch;
import org.vinculo.core.dedupe.PartyProfile;
import org.vinculo.core.model.Party;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;

/**
 * Warns, while a new person or organization is being typed, that it may be on
 * file already: after a pause in typing, the stored records most like the draft
 * are looked up in the background and shown under the fields, each with its
 * reasons and a link that opens it (the dialog stays open). Nothing is ever
 * blocked: the user can create the record anyway.
 */
public final class DuplicateHint {

	/** The pause in typing after which the look-up runs. */
	public static final int DELAY_MILLIS = 300;
	/** The most similar records shown. */
	public static final int LIMIT = 3;

	private final Composite area;
	private final Supplier<Party> draft;
	private final List<Text> watched = new ArrayList<>();
	private final Runnable lookUp = this::lookUp;
	/** Bumped by every change, so that an answer to an older draft is dropped. */
	private int sequence;

	/**
	 * Adds the hint, hidden until there is something to show, as a row of
	 * {@code form} spanning its {@code columns} columns; {@code draft} builds the
	 * record from the fields as they are (on the UI thread).
	 */
	public DuplicateHint(Composite form, int columns, Supplier<Party> draft) {
		this.draft = draft;
		area = WidgetIds.tag(new Composite(form, SWT.NONE), DedupeIds.HINT);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 4).extendedMargins(0, 0, 6, 0).applyTo(area);
		GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).exclude(true).applyTo(area);
		area.setVisible(false);
		Display display = form.getDisplay();
		area.addDisposeListener(e -> {
			sequence++;
			display.timerExec(-1, lookUp);
		});
	}

	/** Looks again after each pause in typing into any of {@code fields}; {@code null} ones are skipped. */
	public DuplicateHint watch(Text... fields) {
		for (Text field : fields) {
			if (field != null) {
				watched.add(field);
				field.addModifyListener(e -> changed());
			}
		}
		return this;
	}

	private void changed() {
		if (area.isDisposed()) {
			return;
		}
		sequence++; // a look-up under way is about an older draft now
		Display display = area.getDisplay();
		display.timerExec(-1, lookUp);
		display.timerExec(DELAY_MILLIS, lookUp);
	}

	private void lookUp() {
		if (area.isDisposed()) {
			return;
		}
		if (watched.stream().allMatch(field -> field.isDisposed() || field.getText().isBlank())) {
			show(List.of());
			return;
		}
		Party party = draft.get();
		int current = ++sequence;
		Display display = area.getDisplay();
		Job job = new Job(Messages.Hint_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					List<DuplicateMatch> matches = CoreServices.duplicates().similarTo(party, List.of(), LIMIT);
					Merges.later(display, () -> {
						if (current == sequence) {
							show(matches);
						}
					});
					return Status.OK_STATUS;
				} catch (RuntimeException e) {
					// a courtesy only: without it the dialog works as it always did
					return Status.warning(String.valueOf(e.getMessage()), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == DedupeIds.HINT_JOBS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void show(List<DuplicateMatch> matches) {
		if (area.isDisposed()) {
			return;
		}
		for (Control child : area.getChildren()) {
			child.dispose();
		}
		int rank = 0;
		for (DuplicateMatch match : matches) {
			PartyProfile stored = stored(match);
			Label icon = new Label(area, SWT.NONE);
			icon.setImage(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING));
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
			Label text = WidgetIds.tag(new Label(area, SWT.WRAP), DedupeIds.HINT_TEXT_PREFIX + rank);
			text.setText(NLS.bind(Messages.Hint_match, stored.displayName(), match.explain()).replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
			GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
			Link open = WidgetIds.tag(new Link(area, SWT.NONE), DedupeIds.HINT_OPEN_PREFIX + rank);
			open.setText("<a>" + Messages.Hint_open + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
			GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(open);
			open.addListener(SWT.Selection, e -> Merges.open(Merges.page(area.getShell()), stored));
			rank++;
		}
		boolean visible = !matches.isEmpty();
		if (visible || area.getVisible()) {
			((GridData) area.getLayoutData()).exclude = !visible;
			area.setVisible(visible);
			fit();
		}
	}

	/**
	 * The stored record of a match, not the draft: an unsaved draft has no id of
	 * its own (zero or less), so it sorts first, but either side is read.
	 */
	private static PartyProfile stored(DuplicateMatch match) {
		return match.second().id() <= 0 ? match.first() : match.second();
	}

	/** Grows the dialog so the hint shows without pushing the buttons off; it never shrinks under the user. */
	private void fit() {
		Shell shell = area.getShell();
		Point size = shell.getSize();
		Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
		Rectangle screen = shell.getMonitor().getClientArea();
		int height = Math.min(Math.max(size.y, wanted.y), screen.height * 9 / 10);
		if (height != size.y) {
			shell.setSize(size.x, height);
		}
		shell.layout(true, true);
	}
}

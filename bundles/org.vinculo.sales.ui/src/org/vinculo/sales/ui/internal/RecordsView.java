package org.vinculo.sales.ui.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.vinculo.ui.parts.TermLabels;

/**
 * A view listing sales records: a row of controls ending in a status line,
 * and below it a virtual table sorted by its column headers. The list is read
 * in the background, again whenever the records change elsewhere, and only the
 * latest read is shown.
 */
public abstract class RecordsView extends ViewPart {

	protected final TermLabels terms = new TermLabels();
	protected final Formats formats = Formats.user();
	protected Label status;
	protected TableViewer viewer;
	private RecordChanges changes;
	private int loads;

	/** The status line, last in the row of controls. */
	protected Label createStatus(Composite parent) {
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		return status;
	}

	/** The table, below the row of {@code span} controls; {@code selection}: {@code SWT.SINGLE} or {@code MULTI}. */
	protected TableViewer createTable(Composite parent, int selection, String id, int span) {
		viewer = Tables.create(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | selection | SWT.BORDER, id);
		viewer.setUseHashlookup(true);
		GridDataFactory.fillDefaults().grab(true, true).span(span, 1).hint(400, 200).applyTo(viewer.getControl());
		return viewer;
	}

	/** Reads the list again whenever records change on {@code topics}. */
	protected void follow(String... topics) {
		changes = RecordChanges.follow(getSite(), event -> load(), topics);
	}

	/** Reads the list again. */
	public abstract void load();

	/** Whether the table is there to show a list: not before the controls are created, nor once they are gone. */
	protected boolean isShowing() {
		return viewer != null && !viewer.getControl().isDisposed();
	}

	/** Runs {@code read} in a job named {@code job}, then {@code show}s its result unless a later read began. */
	protected <T> void loadLatest(String job, Supplier<T> read, Consumer<T> show) {
		int sequence = ++loads;
		status.setText(Messages.Common_loading);
		Background.read(job, viewer.getControl(), read, result -> {
			if (sequence == loads) {
				show.accept(result);
			}
		}, e -> status.setText(Failures.describe(e)));
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (changes != null) {
			changes.dispose();
		}
		terms.dispose();
		super.dispose();
	}
}

package org.vinculo.sales.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.EditorPart;
import org.osgi.service.event.Event;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.parts.FormWheel;

/**
 * What the sales editors have in common: a form filled from one record read
 * in the background, dirty only while what it shows differs from what was
 * read, saved through a service that refuses to overwrite a copy someone else
 * saved first, and read again when another part changes the record.
 *
 * @param <R> the record edited
 * @param <I> the input naming it
 * @param <L> everything the editor shows, read in one job
 */
public abstract class RecordEditor<R, I extends IEditorInput, L> extends EditorPart {

	private final Class<I> inputType;
	private final String formId;
	private final String[] topics;
	private RecordChanges changes;
	private boolean dirty;
	private boolean filling;
	private boolean saving;
	private int loads;
	/** What the user can change, as filled from the record read: an edit that leaves it so is no edit. */
	private String shown;

	protected FormToolkit toolkit;
	protected ScrolledForm form;
	/** The record as last loaded or saved; {@code null} while loading. */
	protected R record;

	/** An editor of {@code inputType}'s records, its form tagged {@code formId}, read again on {@code topics}. */
	protected RecordEditor(Class<I> inputType, String formId, String... topics) {
		this.inputType = inputType;
		this.formId = formId;
		this.topics = topics;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!inputType.isInstance(input)) {
			throw new PartInitException("Unexpected input " + input); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	protected I input() {
		return inputType.cast(getEditorInput());
	}

	/** The record as last loaded or saved; {@code null} while loading. */
	public R record() {
		return record;
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = WidgetIds.tag(toolkit.createScrolledForm(parent), formId);
		FormWheel.install(form);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(10, 10).spacing(10, 10).applyTo(body);
		createContents(body);

		setEnabled(false);
		form.setMessage(Messages.Common_loading, IMessageProvider.INFORMATION);
		changes = RecordChanges.follow(getSite(), this::changed, topics);
		load();
	}

	/** Creates the heading and the sections of the form in {@code body}. */
	protected abstract void createContents(Composite body);

	/** The composite inside {@code section} that holds its controls, drawn with the toolkit's borders. */
	protected Composite client(Section section) {
		Composite client = toolkit.createComposite(section);
		section.setClient(client);
		toolkit.paintBordersFor(client);
		return client;
	}

	/** Lets the user edit, or not while there is no record to edit. */
	protected abstract void setEnabled(boolean enabled);

	// ---- loading -----------------------------------------------------------------------------

	/** Reads the record and everything shown with it again, dropping unsaved edits. */
	public final void load() {
		if (form == null || form.isDisposed()) {
			return;
		}
		int sequence = ++loads;
		Background.read(loadJob(), form, reader(), loaded -> show(sequence, loaded),
				e -> form.setMessage(Failures.describe(e), IMessageProvider.ERROR));
	}

	/** The name of the job that reads the record. */
	protected abstract String loadJob();

	/**
	 * What reads the record and everything shown with it, off the UI thread;
	 * {@code null} from it says the record is gone. The input is read now.
	 */
	protected abstract Supplier<L> reader();

	/** What the heading says when the record is gone. */
	protected abstract String deletedMessage();

	private void show(int sequence, L loaded) {
		if (sequence != loads) {
			return; // a later read is on its way
		}
		if (loaded == null) {
			setEnabled(false);
			form.setMessage(deletedMessage(), IMessageProvider.WARNING);
			return;
		}
		if (dirty && record != null && !isDraft(record)) {
			// the user started typing while this read ran (after a save, say): their edits win; a change
			// made elsewhere meanwhile is caught by the version check when they save
			return;
		}
		filling = true;
		try {
			fill(loaded);
		} finally {
			filling = false;
		}
		shown = fingerprint();
		setDirty(isDraft(record)); // a new record is unsaved until the user saves it
		setEnabled(true);
		form.getMessageManager().removeAllMessages();
		form.setMessage(null, IMessageProvider.NONE);
		showLoaded();
		form.reflow(true);
	}

	/** Sets {@link #record} from {@code loaded} and fills the controls; what they report meanwhile is no edit. */
	protected abstract void fill(L loaded);

	/** After a fill: the part's name, its heading and what depends on the record's state. */
	protected abstract void showLoaded();

	// ---- editing -----------------------------------------------------------------------------

	/** What the user can change, as shown, in one string: the same string means no edit. */
	protected abstract String fingerprint();

	/** Whether {@code shownRecord} was never saved. */
	protected abstract boolean isDraft(R shownRecord);

	/** The user changed something: dirty unless the change undid itself. */
	protected void edited() {
		if (!filling) {
			// GTK reports some programmatic changes (dates, combos) after the fill: only a real difference counts
			setDirty(record == null || isDraft(record) || !Objects.equals(shown, fingerprint()));
		}
	}

	/** Whether the controls are being filled from the record, so that their events are no edits. */
	protected boolean isFilling() {
		return filling;
	}

	protected void setDirty(boolean value) {
		if (dirty != value) {
			dirty = value;
			firePropertyChange(PROP_DIRTY);
		}
	}

	@Override
	public boolean isDirty() {
		return dirty;
	}

	// ---- saving ------------------------------------------------------------------------------

	protected boolean isSaving() {
		return saving;
	}

	/**
	 * Runs {@code work} under a busy cursor, the UI responsive, and keeps what
	 * it returns as the record. A failure cancels {@code monitor} and is shown;
	 * whether the record was saved.
	 */
	protected final boolean save(IProgressMonitor monitor, String job, Supplier<R> work) {
		AtomicReference<R> saved = new AtomicReference<>();
		saving = true;
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(progress -> {
				progress.beginTask(job, IProgressMonitor.UNKNOWN);
				saved.set(work.get());
				progress.done();
			});
		} catch (InvocationTargetException e) {
			monitor.setCanceled(true);
			saveFailed(e.getCause() == null ? e : e.getCause());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			monitor.setCanceled(true);
			return false;
		} finally {
			saving = false;
		}
		record = saved.get();
		return true;
	}

	private void saveFailed(Throwable failure) {
		if (failure instanceof StaleRecordException) {
			MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.Editor_staleTitle, null,
					staleMessage(), MessageDialog.WARNING, 0, Messages.Editor_reload, Messages.Editor_keepEditing);
			if (dialog.open() == 0) {
				setDirty(false);
				load();
			} else {
				keptStale();
			}
		} else if (failure instanceof ValidationException invalid) {
			refused(invalid);
		} else {
			Failures.show(getSite().getShell(), Messages.Editor_saveFailedTitle, failure);
		}
	}

	/** Asks whether to reload, someone else having saved the record first. */
	protected abstract String staleMessage();

	/** The user keeps editing a copy someone else saved over. */
	protected void keptStale() {
		// saving again is refused until the user reloads
	}

	/** The service refused the edits: the heading says so, and a dialog says why. */
	protected void refused(ValidationException invalid) {
		form.setMessage(Messages.Editor_fixErrors, IMessageProvider.ERROR);
		Failures.show(getSite().getShell(), Messages.Editor_saveFailedTitle, invalid);
	}

	@Override
	public void doSaveAs() {
		// a record is saved where it belongs: nothing to save as
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	// ---- changes elsewhere -------------------------------------------------------------------

	private void changed(Event event) {
		if (form != null && !form.isDisposed() && !saving) {
			changedElsewhere(event);
		}
	}

	/** Another part changed records on the editor's topics; never called while the editor saves. */
	protected abstract void changedElsewhere(Event event);

	/** Whether {@code event} may concern the record {@code id}: an event naming no record may concern any. */
	protected static boolean concerns(Event event, Long id) {
		Object changed = event.getProperty(RecordEvents.ID);
		return changed == null || changed instanceof Number number && id != null && number.longValue() == id;
	}

	@Override
	public void setFocus() {
		if (form != null && !form.isDisposed()) {
			form.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (changes != null) {
			changes.dispose();
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}

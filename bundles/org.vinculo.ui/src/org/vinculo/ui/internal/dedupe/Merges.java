package org.vinculo.ui.internal.dedupe;

import java.util.Optional;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.vinculo.core.dedupe.PartyProfile;
import org.vinculo.core.model.PartyKind;
import org.vinculo.ui.internal.PartyEditorInput;
import org.vinculo.ui.internal.PartyOpener;

/**
 * What the view, the merge dialog, the command and the create dialogs' hint
 * share: finding the workbench page behind a dialog, the editors of a record,
 * and the announcements of merges and undos, so that every open list follows
 * whichever of them merged.
 */
final class Merges {

	private static final String TOPIC_BASE = "org/vinculo/ui/dedupe/"; //$NON-NLS-1$
	/** Posted after a merge; the data is its {@link org.vinculo.core.dedupe.MergeRecord}. */
	static final String TOPIC_MERGED = TOPIC_BASE + "MERGED"; //$NON-NLS-1$
	/** Posted after an undo; the data is the undone merge's {@link org.vinculo.core.dedupe.MergeRecord}. */
	static final String TOPIC_UNDONE = TOPIC_BASE + "UNDONE"; //$NON-NLS-1$
	static final String TOPIC_ALL = TOPIC_BASE + "*"; //$NON-NLS-1$

	private Merges() {
	}

	/** Runs {@code work} on the UI thread unless the workbench has gone meanwhile. */
	static void later(Display display, Runnable work) {
		if (display == null || display.isDisposed()) {
			return;
		}
		try {
			display.asyncExec(work);
		} catch (SWTException e) {
			// the display was disposed between the check and the call: nothing left to update
		}
	}

	static void announce(String topic, Object data) {
		IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
		if (broker != null) {
			broker.post(topic, data);
		}
	}

	/**
	 * The page of the workbench window {@code shell} belongs to (a dialog's
	 * parent), else the active one: while a dialog is up the workbench may report
	 * no active window.
	 */
	static IWorkbenchPage page(Shell shell) {
		IWorkbench workbench = PlatformUI.getWorkbench();
		for (Shell candidate = shell; candidate != null; candidate = candidate.getParent() instanceof Shell parent ? parent : null) {
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				if (window.getShell() == candidate && window.getActivePage() != null) {
					return window.getActivePage();
				}
			}
		}
		return PartyOpener.anyPage();
	}

	static void open(IWorkbenchPage page, PartyProfile party) {
		if (page != null) {
			PartyOpener.open(page, new PartyEditorInput(party.kind(), party.id(), party.displayName()));
		}
	}

	/** The open editor of a record that has unsaved changes, in any window. */
	static Optional<IEditorPart> dirtyEditor(PartyKind kind, long id) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : editors(page, kind, id)) {
					IEditorPart editor = reference.getEditor(false);
					if (editor != null && editor.isDirty()) {
						return Optional.of(editor);
					}
				}
			}
		}
		return Optional.empty();
	}

	/** Closes the editors of a record that is no more (merged into another), without saving. */
	static void closeEditors(PartyKind kind, long id) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IEditorReference[] open = editors(page, kind, id);
				if (open.length > 0) {
					page.closeEditors(open, false);
				}
			}
		}
	}

	private static IEditorReference[] editors(IWorkbenchPage page, PartyKind kind, long id) {
		// party editor inputs are equal when kind and id are: the name plays no part
		return page.findEditors(new PartyEditorInput(kind, id, ""), null, IWorkbenchPage.MATCH_INPUT); //$NON-NLS-1$
	}
}

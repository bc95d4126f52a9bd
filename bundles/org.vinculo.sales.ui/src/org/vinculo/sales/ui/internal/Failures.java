package org.vinculo.sales.ui.internal;

import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;

/** Tells the user why a read or a save did not work, in words rather than stack traces. */
public final class Failures {

	private Failures() {
	}

	/** One or more sentences for a failure: each validation problem on a line, else the message. */
	public static String describe(Throwable failure) {
		if (failure instanceof ValidationException invalid) {
			return invalid.getProblems().stream().map(ValidationException.Problem::message)
					.collect(Collectors.joining("\n")); //$NON-NLS-1$
		}
		if (failure instanceof StaleRecordException) {
			return Messages.Failure_stale;
		}
		String message = failure.getMessage();
		return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
	}

	/** Shows {@code failure} in a dialog titled {@code title}. */
	public static void show(Shell shell, String title, Throwable failure) {
		if (shell == null || shell.isDisposed()) {
			return;
		}
		if (failure instanceof ValidationException) {
			MessageDialog.openWarning(shell, title, describe(failure));
		} else if (failure instanceof StaleRecordException) {
			MessageDialog.openInformation(shell, title, describe(failure));
		} else {
			MessageDialog.openError(shell, title, describe(failure));
		}
	}
}

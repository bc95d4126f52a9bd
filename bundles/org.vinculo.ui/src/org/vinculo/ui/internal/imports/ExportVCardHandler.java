package org.vinculo.ui.internal.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vinculo.core.exchange.VCardService.Version;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.search.PartySummary;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Terms;

/**
 * "Export to vCard..." on the Parties view: writes the selected persons (any
 * organizations selected with them are left out) to a vCard file, in the
 * version the menu entry names or, without one, the version the user picks.
 */
public final class ExportVCardHandler extends AbstractHandler {

	private static final String V3 = "3.0"; //$NON-NLS-1$
	private static final String V4 = "4.0"; //$NON-NLS-1$
	/** What file systems refuse in a file name. */
	private static final String UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Map<Long, String> persons = persons(HandlerUtil.getCurrentSelection(event));
		if (persons.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.VCard_exportTitle, Terms.format(Messages.VCard_selectPersons));
			return null;
		}
		Version version = version(event.getParameter(ImportIds.VCARD_VERSION_PARAMETER), shell);
		if (version == null) {
			return null;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.VCard_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.vcf" }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { Messages.VCard_filter });
		dialog.setFileName(persons.size() == 1 ? fileName(persons.values().iterator().next())
				: Messages.VCard_defaultFileName);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		IStatusLineManager statusLine = HandlerUtil.getActivePart(event) instanceof IViewPart view
				? view.getViewSite().getActionBars().getStatusLineManager()
				: null;
		export(new ArrayList<>(persons.keySet()), Path.of(chosen), version, shell.getDisplay(), statusLine);
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(!persons(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME))
				.isEmpty());
	}

	/** The selected persons' ids and names, in selection order. */
	static Map<Long, String> persons(Object selection) {
		Map<Long, String> persons = new LinkedHashMap<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				if (element instanceof PartySummary summary && summary.kind() == PartyKind.PERSON) {
					persons.put(summary.id(), summary.displayName());
				} else if (element instanceof Party party && party.getKind() == PartyKind.PERSON
						&& party.getId() != null) {
					persons.put(party.getId(), party.getDisplayName());
				}
			}
		}
		return persons;
	}

	/** The version the command names, else the one the user picks; {@code null} when cancelled. */
	private static Version version(String parameter, Shell shell) {
		if (V3.equals(parameter)) {
			return Version.V3_0;
		}
		if (V4.equals(parameter)) {
			return Version.V4_0;
		}
		int choice = MessageDialog.open(MessageDialog.QUESTION, shell, Messages.VCard_exportTitle,
				Messages.VCard_versionQuestion, SWT.NONE, Messages.VCard_version4, Messages.VCard_version3,
				Messages.VCard_cancel);
		return switch (choice) {
		case 0 -> Version.V4_0;
		case 1 -> Version.V3_0;
		default -> null;
		};
	}

	/** A file name for one person's card: the name, without characters file systems refuse. */
	private static String fileName(String displayName) {
		String name = displayName == null ? "" : displayName.replaceAll(UNSAFE, "_").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return name.isEmpty() ? Messages.VCard_defaultFileName : name + ".vcf"; //$NON-NLS-1$
	}

	private static void export(List<Long> ids, Path target, Version version, Display display,
			IStatusLineManager statusLine) {
		Job job = new Job(Messages.format(Messages.VCard_exportJob, ids.size(), target.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					CoreServices.vcards().export(ids, target, version, monitor);
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IOException | RuntimeException e) {
					return Status.error(NLS.bind(Messages.VCard_exportFailed, target, Background.message(e)), e);
				}
				if (statusLine != null) {
					Background.later(display,
							() -> statusLine.setMessage(Messages.format(Messages.VCard_exported, ids.size(), target)));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ImportIds.EXPORT_JOBS;
			}
		};
		job.setUser(true);
		job.schedule();
	}
}

package org.vinculo.ui.internal.views;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.search.PartySearch;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.PartyOpener;
import org.vinculo.ui.internal.StartupTrace;
import org.vinculo.ui.internal.Terms;

/**
 * Persons and organizations in one list, narrowed as the user types. Rows open
 * on double-click or Enter, can be dragged onto a party editor to link them, and
 * have a context menu that plug-ins extend (id {@value #ID}).
 */
public final class PartiesView extends ViewPart {

	public static final String ID = "org.vinculo.ui.views.parties"; //$NON-NLS-1$

	private PartySearchPanel search;
	private final Terms terms = new Terms();
	private IEventBroker eventBroker;
	private final EventHandler refreshOnChange = event -> search.refresh(PartySearchPanel.TYPING_DELAY_MILLIS);

	@Override
	public void createPartControl(Composite parent) {
		StartupTrace.mark("Parties view created"); //$NON-NLS-1$
		terms.listen(getSite().getService(IEventBroker.class));
		terms.bind(() -> setPartName(Terms.format(Messages.PartiesView_title)));
		search = new PartySearchPanel(parent, null, terms, WidgetIds.PARTIES_FILTER, WidgetIds.PARTIES_TABLE,
				WidgetIds.PARTIES_STATUS, WidgetIds.PARTIES_KIND, WidgetIds.PARTIES_STAGE, WidgetIds.PARTIES_SEGMENT,
				WidgetIds.PARTIES_SEGMENT_VALUE);
		search.onOpen(party -> PartyOpener.open(getSite().getPage(), party));
		getSite().setSelectionProvider(search.viewer());

		// every record the list's search finds, with the custom fields, as a spreadsheet
		getViewSite().getActionBars().getMenuManager().add(new Action(Messages.Export_action) {
			@Override
			public void run() {
				exportToCsv();
			}
		});

		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		search.viewer().getControl().setMenu(menu.createContextMenu(search.viewer().getControl()));
		getSite().registerContextMenu(menu, search.viewer());

		// dragging a row onto a party editor links the two (the editor decides how)
		search.viewer().addDragSupport(DND.DROP_LINK | DND.DROP_COPY,
				new Transfer[] { LocalSelectionTransfer.getTransfer() }, new DragSourceAdapter() {
					@Override
					public void dragStart(DragSourceEvent event) {
						LocalSelectionTransfer.getTransfer().setSelection(search.viewer().getSelection());
						event.doit = !search.viewer().getSelection().isEmpty();
					}

					@Override
					public void dragSetData(DragSourceEvent event) {
						event.data = LocalSelectionTransfer.getTransfer().getSelection();
					}

					@Override
					public void dragFinished(DragSourceEvent event) {
						LocalSelectionTransfer.getTransfer().setSelection(null);
					}
				});

		eventBroker = getSite().getService(IEventBroker.class);
		if (eventBroker != null) {
			// the index posts this once it applied a committed change: refreshing earlier would show the old list
			eventBroker.subscribe(PartySearch.TOPIC_UPDATED, refreshOnChange);
		}
	}

	@Override
	public void setFocus() {
		search.filter().setFocus();
	}

	@Override
	public void dispose() {
		terms.dispose();
		if (eventBroker != null) {
			eventBroker.unsubscribe(refreshOnChange);
		}
		super.dispose();
	}

	private void exportToCsv() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		dialog.setFileName("vinculo.csv"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		PartyExport export = new PartyExport(search.currentQuery(), Path.of(chosen));
		export.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().isOK()) {
					getSite().getShell().getDisplay().asyncExec(() -> getViewSite().getActionBars().getStatusLineManager()
							.setMessage(NLS.bind(Messages.Export_done, export.written(), chosen)));
				}
			}
		});
		export.schedule();
	}
}

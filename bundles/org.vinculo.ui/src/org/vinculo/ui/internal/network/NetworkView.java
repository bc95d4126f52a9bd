package org.vinculo.ui.internal.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.model.Party;
import org.vinculo.core.network.LinkType;
import org.vinculo.core.network.Neighbourhood;
import org.vinculo.core.network.Network;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.PartyEditorInput;
import org.vinculo.ui.internal.PartyOpener;
import org.vinculo.ui.internal.Terms;

/**
 * The network around one party, drawn: its affiliations and relationships to
 * one, two or three links out, with type filters. It follows the party selected
 * in the list or the active editor; clicking a party recentres on it.
 */
public final class NetworkView extends ViewPart {

	public static final String ID = "org.vinculo.ui.views.network"; //$NON-NLS-1$
	/** Parties drawn one by one per expanded party before the rest folds into "+ N more". */
	static final int MAX_PER_PARTY = 12;
	static final int MAX_PARTIES = 250;

	private final Terms terms = new Terms();
	private NetworkCanvas canvas;
	private Combo depth;
	private Button past;
	private Label status;
	private long centreId;
	private String centreName;
	private final Set<String> hiddenTypes = new HashSet<>();
	private IEventBroker broker;
	private final EventHandler onChange = event -> refresh();
	private final ISelectionListener selectionListener = this::selectionChanged;

	/** Opens the view centred on {@code party}. */
	public static void showFor(IWorkbenchPage page, Party party) {
		try {
			NetworkView view = (NetworkView) page.showView(ID);
			view.centreOn(party.getId(), party.getDisplayName());
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(NetworkView.class).error("Cannot open the network view", e); //$NON-NLS-1$
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		broker = getSite().getService(IEventBroker.class);
		terms.listen(broker);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(parent);
		Label depthLabel = new Label(parent, SWT.NONE);
		depthLabel.setText(Messages.Network_depth);
		depth = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), WidgetIds.NETWORK_DEPTH);
		depth.setItems("1", "2", "3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		depth.select(1);
		depth.addListener(SWT.Selection, e -> refresh());
		past = WidgetIds.tag(new Button(parent, SWT.CHECK), WidgetIds.NETWORK_PAST);
		past.setText(Messages.Network_includePast);
		past.setSelection(true);
		past.addListener(SWT.Selection, e -> refresh());
		status = WidgetIds.tag(new Label(parent, SWT.NONE), WidgetIds.NETWORK_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		canvas = new NetworkCanvas(parent);
		WidgetIds.tag(canvas, WidgetIds.NETWORK_CANVAS);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(canvas);
		canvas.onClick(node -> centreOn(node.partyId(), node.name()));
		canvas.onOpen(node -> PartyOpener.open(getSite().getPage(),
				new PartyEditorInput(node.kind(), node.partyId(), node.name())));

		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillTypeMenu);
		menu.add(new Separator()); // a first entry so the view shows its menu button

		getSite().getPage().addPostSelectionListener(selectionListener);
		if (broker != null) {
			broker.subscribe(Network.TOPIC_READY, onChange);
			broker.subscribe(RecordEvents.RELATIONSHIP_TOPIC + "*", onChange); //$NON-NLS-1$
			broker.subscribe(RecordEvents.AFFILIATION_TOPIC + "*", onChange); //$NON-NLS-1$
		}
		status.setText(Messages.Network_chooseParty);
		// start with whatever is selected now
		selectionChanged(getSite().getPage().getActivePart(), getSite().getPage().getSelection());
	}

	/** One check item per link type; unchecked types are not followed. */
	private void fillTypeMenu(IMenuManager menu) {
		List<LinkType> types;
		try {
			types = CoreServices.network().linkTypes();
		} catch (IllegalStateException e) {
			return;
		}
		for (LinkType type : types) {
			String key = key(type);
			IAction toggle = new Action(type.label(true), IAction.AS_CHECK_BOX) {
				@Override
				public void run() {
					if (!hiddenTypes.remove(key)) {
						hiddenTypes.add(key);
					}
					refresh();
				}
			};
			toggle.setChecked(!hiddenTypes.contains(key));
			menu.add(toggle);
		}
	}

	private static String key(LinkType type) {
		return type.kind() + ":" + type.typeId(); //$NON-NLS-1$
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part != this && canvas != null && !canvas.isDisposed()) {
			Selections.party(part, selection).ifPresent(p -> centreOn(p.getId(), p.getName()));
		}
	}

	/** Draws the network around the party. */
	public void centreOn(long partyId, String name) {
		if (partyId == centreId) {
			return;
		}
		centreId = partyId;
		centreName = name;
		setContentDescription(name);
		refresh();
	}

	private void refresh() {
		if (centreId == 0 || canvas.isDisposed()) {
			return;
		}
		long centre = centreId;
		int levels = depth.getSelectionIndex() + 1;
		boolean withPast = past.getSelection();
		Set<String> hidden = Set.copyOf(hiddenTypes);
		Display display = canvas.getDisplay();
		Job job = new Job(Messages.Network_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				Network network = CoreServices.network();
				List<LinkType> shown = null;
				if (!hidden.isEmpty()) {
					shown = new ArrayList<>();
					for (LinkType type : network.linkTypes()) {
						if (!hidden.contains(key(type))) {
							shown.add(type);
						}
					}
				}
				Neighbourhood found = network.around(centre, levels, shown, withPast, MAX_PER_PARTY, MAX_PARTIES);
				boolean ready = network.isReady();
				display.asyncExec(() -> show(centre, found, ready));
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	/** How soon the neighbourhood is asked for again while the network is still loading. */
	private static final int RETRY_MILLIS = 1_000;

	private void show(long centre, Neighbourhood found, boolean ready) {
		if (canvas.isDisposed() || centre != centreId) {
			return;
		}
		canvas.show(found);
		if (!ready) {
			status.setText(Messages.Network_loading);
			// the ready event may have come before this view listened: ask again shortly
			canvas.getDisplay().timerExec(RETRY_MILLIS, () -> {
				if (!canvas.isDisposed()) {
					refresh();
				}
			});
		} else {
			int folded = found.groups().stream().mapToInt(Neighbourhood.Group::count).sum();
			status.setText(folded == 0 ? NLS.bind(Messages.Network_status, found.nodes().size(), centreName)
					: NLS.bind(Messages.Network_statusFolded, new Object[] { found.nodes().size(), centreName,
							String.format("%,d", folded) })); //$NON-NLS-1$
		}
		status.getParent().layout();
	}

	/** What the canvas draws, for tests. */
	public List<String> drawnLabels() {
		return canvas.placed().stream().map(NetworkCanvas.Placed::label).toList();
	}

	/** Where a party is drawn (canvas coordinates), for tests that click on it; {@code null} when not drawn. */
	public org.eclipse.swt.graphics.Point positionOf(String name) {
		for (NetworkCanvas.Placed p : canvas.placed()) {
			if (!p.isGroup() && p.label().equals(name)) {
				return new org.eclipse.swt.graphics.Point(p.x(), p.y());
			}
		}
		return null;
	}

	public long centreId() {
		return centreId;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		if (broker != null) {
			broker.unsubscribe(onChange);
		}
		terms.dispose();
		super.dispose();
	}
}

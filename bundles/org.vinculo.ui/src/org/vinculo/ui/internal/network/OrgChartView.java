package org.vinculo.ui.internal.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.model.Affiliation;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.Relationship;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.service.AffiliationPage;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.RelationshipService;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.Terms;

/**
 * The organization chart of the selected organization: its current people, each
 * under the person they report to ("reports to" relationships among them).
 * Dragging a person onto another records the new reporting line.
 */
public final class OrgChartView extends ViewPart {

	public static final String ID = "org.vinculo.ui.views.orgchart"; //$NON-NLS-1$
	/** Drawn people at most; a bigger organization shows its reporting lines and counts the rest. */
	static final int MAX_PEOPLE = 400;

	private final Terms terms = new Terms();
	private OrgChartCanvas canvas;
	private Label status;
	private long organizationId;
	private String organizationName;
	/** The current reporting line of each drawn person, to change or remove on a drag. */
	private Map<Long, Relationship> lineOf = Map.of();
	private IEventBroker broker;
	private final EventHandler onChange = event -> load();
	private final ISelectionListener selectionListener = this::selectionChanged;

	public static void showFor(IWorkbenchPage page, Party organization) {
		try {
			OrgChartView view = (OrgChartView) page.showView(ID);
			view.showOrganization(organization.getId(), organization.getDisplayName());
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(OrgChartView.class).error("Cannot open the org chart", e); //$NON-NLS-1$
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		broker = getSite().getService(IEventBroker.class);
		terms.listen(broker);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		status = WidgetIds.tag(new Label(parent, SWT.WRAP), WidgetIds.ORG_CHART_STATUS);
		terms.bind(() -> status.setText(Terms.format(Messages.OrgChart_choose)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		canvas = new OrgChartCanvas(parent);
		WidgetIds.tag(canvas, WidgetIds.ORG_CHART_CANVAS);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
		canvas.onMove(this::move);
		getSite().getPage().addPostSelectionListener(selectionListener);
		if (broker != null) {
			broker.subscribe(RecordEvents.RELATIONSHIP_TOPIC + "*", onChange); //$NON-NLS-1$
			broker.subscribe(RecordEvents.AFFILIATION_TOPIC + "*", onChange); //$NON-NLS-1$
		}
		selectionChanged(getSite().getPage().getActivePart(), getSite().getPage().getSelection());
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part != this && canvas != null && !canvas.isDisposed()) {
			Selections.party(part, selection).filter(p -> p.getKind() == PartyKind.ORGANIZATION)
					.ifPresent(p -> showOrganization(p.getId(), p.getName()));
		}
	}

	public void showOrganization(long id, String name) {
		if (id == organizationId) {
			return;
		}
		organizationId = id;
		organizationName = name;
		setContentDescription(name);
		load();
	}

	private void load() {
		if (organizationId == 0 || canvas.isDisposed()) {
			return;
		}
		long organization = organizationId;
		Display display = canvas.getDisplay();
		Job job = new Job(Messages.OrgChart_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					AffiliationPage page = CoreServices.affiliations().peopleOf(organization, Period.CURRENT, 0, MAX_PEOPLE);
					List<Relationship> lines = CoreServices.relationships().reportingLinesOf(organization);
					display.asyncExec(() -> show(organization, page, lines));
					return Status.OK_STATUS;
				} catch (RuntimeException e) {
					return Status.error(e.getMessage(), e);
				}
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void show(long organization, AffiliationPage page, List<Relationship> lines) {
		if (canvas.isDisposed() || organization != organizationId) {
			return;
		}
		Map<Long, OrgChartCanvas.Person> people = new LinkedHashMap<>();
		for (Affiliation affiliation : page.rows()) {
			Party person = affiliation.getPerson();
			// one box per person, even with several current roles here
			people.putIfAbsent(person.getId(), new OrgChartCanvas.Person(person.getId(), person.getDisplayName(),
					affiliation.getTitle() != null ? affiliation.getTitle() : affiliation.getRole().getLabel()));
		}
		Map<Long, Long> managers = new HashMap<>();
		Map<Long, Relationship> lineByPerson = new HashMap<>();
		for (Relationship line : lines) {
			long person = line.getFrom().getId();
			long manager = line.getTo().getId();
			// people on a reporting line are drawn even beyond the first page
			people.putIfAbsent(person, new OrgChartCanvas.Person(person, line.getFrom().getDisplayName(), null));
			people.putIfAbsent(manager, new OrgChartCanvas.Person(manager, line.getTo().getDisplayName(), null));
			if (!lineByPerson.containsKey(person)) {
				managers.put(person, manager);
				lineByPerson.put(person, line);
			}
		}
		lineOf = lineByPerson;
		int notShown = (int) Math.max(0, page.total() - page.rows().size());
		canvas.show(new ArrayList<>(people.values()), managers, notShown);
		status.setText(Terms.format(NLS.bind(Messages.OrgChart_status, new Object[] { organizationName,
				String.format("%,d", page.total()), managers.size() }))); //$NON-NLS-1$
		status.getParent().layout();
	}

	/** Records the new reporting line the user dragged: changes the current one, or adds or removes it. */
	void move(OrgChartCanvas.Person person, long managerId) {
		if (managerId != 0 && reportsIndirectly(managerId, person.id())) {
			MessageDialog.openWarning(getSite().getShell(), Messages.OrgChart_title,
					NLS.bind(Messages.OrgChart_cycle, person.name()));
			return;
		}
		RelationshipService relationships = CoreServices.relationships();
		Relationship current = lineOf.get(person.id());
		try {
			if (managerId == 0) {
				if (current != null) {
					relationships.remove(current);
				}
			} else if (current != null) {
				Relationship changed = current.copy();
				changed.setTo(CoreServices.parties().find(managerId).orElseThrow());
				relationships.update(changed);
			} else {
				Party from = CoreServices.parties().find(person.id()).orElseThrow();
				Party to = CoreServices.parties().find(managerId).orElseThrow();
				relationships.relate(new Relationship(from, relationships.typeByCode(RelationshipType.REPORTS_TO), to));
			}
		} catch (RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), Messages.OrgChart_title, e.getMessage());
		}
		load();
	}

	/** Whether {@code personId} is above {@code candidateId} already (making them its manager would loop). */
	private boolean reportsIndirectly(long candidateId, long personId) {
		Long up = candidateId;
		for (int guard = 0; up != null && guard < 10_000; guard++) {
			if (up == personId) {
				return true;
			}
			up = canvas.managerOf(up);
		}
		return false;
	}

	/** For tests: drags one person's box onto another's (or onto the bottom row with {@code managerId} 0). */
	public void drag(long personId, long managerId) {
		org.eclipse.swt.graphics.Rectangle target = managerId == 0 ? canvas.unassignedArea() : canvas.boxOf(managerId);
		org.eclipse.swt.graphics.Rectangle from = canvas.boxOf(personId);
		if (target == null || from == null) {
			throw new IllegalArgumentException("Not on the chart: " + personId + " or " + managerId); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int x = target.x + (managerId == 0 ? target.width - 5 : target.width / 2);
		int y = target.y + (managerId == 0 ? target.height - 5 : target.height / 2);
		// the mouse gestures the canvas listens to, at chart coordinates (the chart is not scrolled in tests)
		send(SWT.MouseDown, from.x + 5, from.y + 5, 0);
		send(SWT.MouseMove, x, y, SWT.BUTTON1);
		send(SWT.MouseUp, x, y, SWT.BUTTON1);
	}

	private void send(int type, int x, int y, int state) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.x = x;
		event.y = y;
		event.button = 1;
		event.stateMask = state;
		canvas.notifyListeners(type, event);
	}

	/** For tests: who the chart shows as the person's manager, or {@code null}. */
	public Long managerShownFor(long personId) {
		return canvas.managerOf(personId);
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

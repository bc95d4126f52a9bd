package org.vinculo.ui.internal.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.vinculo.ui.internal.Messages;

/**
 * Draws an organization chart top-down: each manager above the people who
 * report to them, people without a recorded manager in a row of their own at
 * the bottom. A box dragged onto another makes that person the manager; dragged
 * onto the bottom row it removes the reporting line.
 */
final class OrgChartCanvas extends Canvas {

	/** One person on the chart. */
	record Person(long id, String name, String title) {
	}

	/** What the user asked for by dragging: {@code managerId} 0 means "no manager". */
	interface MoveListener {
		void moved(Person person, long managerId);
	}

	static final int BOX_WIDTH = 170;
	static final int BOX_HEIGHT = 40;
	private static final int GAP_X = 16;
	private static final int GAP_Y = 36;
	private static final int MARGIN = 16;

	private List<Person> people = List.of();
	private Map<Long, Long> managerOf = Map.of();
	private final Map<Long, Rectangle> boxes = new HashMap<>();
	private Rectangle unassignedArea = new Rectangle(0, 0, 0, 0);
	private int unassignedCount;
	private Person dragged;
	private Point dragAt;
	private MoveListener listener = (person, manager) -> {
	};
	private final Color boxColour = new Color(238, 238, 236);
	private final Color managerColour = new Color(211, 215, 207);
	private final Color lineColour = new Color(85, 87, 83);
	private final Color dropColour = new Color(114, 159, 207);
	private int originX;
	private int originY;
	private Point extent = new Point(0, 0);

	OrgChartCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, e -> layoutBoxes()); // the bottom row wraps to the width
		getHorizontalBar().addListener(SWT.Selection, e -> {
			originX = getHorizontalBar().getSelection();
			redraw();
		});
		getVerticalBar().addListener(SWT.Selection, e -> {
			originY = getVerticalBar().getSelection();
			redraw();
		});
		addListener(SWT.MouseDown, e -> {
			if (e.button == 1) {
				dragged = personAt(e.x + originX, e.y + originY);
				dragAt = null;
			}
		});
		addListener(SWT.MouseMove, e -> {
			if (dragged != null && (e.stateMask & SWT.BUTTON1) != 0) {
				dragAt = new Point(e.x + originX, e.y + originY);
				redraw();
			}
		});
		addListener(SWT.MouseUp, e -> {
			if (dragged != null && dragAt != null) {
				drop(dragged, e.x + originX, e.y + originY);
			}
			dragged = null;
			dragAt = null;
			redraw();
		});
	}

	void onMove(MoveListener moveListener) {
		listener = moveListener;
	}

	/**
	 * @param everyone  the organization's current people
	 * @param managers  person id → manager id, both among {@code everyone}
	 * @param notShown  people beyond those given (a very big organization), counted in the bottom row
	 */
	void show(List<Person> everyone, Map<Long, Long> managers, int notShown) {
		people = everyone;
		managerOf = managers;
		unassignedCount = notShown;
		layoutBoxes();
		redraw();
	}

	/** Drops {@code person} at a chart position: onto a box (new manager) or the bottom row (none). */
	void drop(Person person, int x, int y) {
		Person target = personAt(x, y);
		if (target != null && target.id() != person.id()) {
			listener.moved(person, target.id());
		} else if (target == null && unassignedArea.contains(x, y) && managerOf.containsKey(person.id())) {
			listener.moved(person, 0);
		}
	}

	/** Where a person's box is (chart coordinates), for tests. */
	Rectangle boxOf(long personId) {
		return boxes.get(personId);
	}

	Rectangle unassignedArea() {
		return unassignedArea;
	}

	Long managerOf(long personId) {
		return managerOf.get(personId);
	}

	private Person personAt(int x, int y) {
		for (Person person : people) {
			Rectangle box = boxes.get(person.id());
			if (box != null && box.contains(x, y)) {
				return person;
			}
		}
		return null;
	}

	// --- layout: a tidy tree, each subtree as wide as its leaves ---------------

	private final Map<Long, List<Person>> reports = new HashMap<>();

	private void layoutBoxes() {
		boxes.clear();
		reports.clear();
		Map<Long, Person> byId = new HashMap<>();
		people.forEach(p -> byId.put(p.id(), p));
		for (Person person : people) {
			Long manager = managerOf.get(person.id());
			if (manager != null && byId.containsKey(manager)) {
				reports.computeIfAbsent(manager, k -> new ArrayList<>()).add(person);
			}
		}
		reports.values().forEach(list -> list.sort(Comparator.comparing(Person::name)));
		List<Person> roots = new ArrayList<>();
		List<Person> alone = new ArrayList<>();
		for (Person person : people) {
			Long manager = managerOf.get(person.id());
			if (manager == null || !byId.containsKey(manager)) {
				(reports.containsKey(person.id()) ? roots : alone).add(person);
			}
		}
		roots.sort(Comparator.comparing(Person::name));
		int x = MARGIN;
		int bottom = MARGIN;
		for (Person root : roots) {
			x = place(root, x, MARGIN, new java.util.HashSet<>()) + GAP_X;
			bottom = Math.max(bottom, depthBottom(root, MARGIN, new java.util.HashSet<>()));
		}
		// the people without a recorded manager: a wrapped row at the bottom
		int rowTop = (roots.isEmpty() ? MARGIN : bottom + GAP_Y) + 20;
		int perRow = Math.max(1, (Math.max(getClientArea().width, 4 * (BOX_WIDTH + GAP_X)) - 2 * MARGIN) / (BOX_WIDTH + GAP_X));
		for (int i = 0; i < alone.size(); i++) {
			boxes.put(alone.get(i).id(), new Rectangle(MARGIN + (i % perRow) * (BOX_WIDTH + GAP_X),
					rowTop + (i / perRow) * (BOX_HEIGHT + 10), BOX_WIDTH, BOX_HEIGHT));
		}
		int rows = Math.max(1, (alone.size() + perRow - 1) / perRow);
		unassignedArea = new Rectangle(MARGIN / 2, rowTop - 22, Math.max(x, perRow * (BOX_WIDTH + GAP_X)) ,
				rows * (BOX_HEIGHT + 10) + 30);
		extent = new Point(Math.max(x, unassignedArea.x + unassignedArea.width) + MARGIN,
				unassignedArea.y + unassignedArea.height + MARGIN);
		updateScrollBars();
	}

	/** Places a subtree with its left edge at {@code left}; returns its right edge. */
	private int place(Person person, int left, int top, java.util.Set<Long> seen) {
		List<Person> below = seen.add(person.id()) ? reports.getOrDefault(person.id(), List.of()) : List.of();
		int right = left;
		int childTop = top + BOX_HEIGHT + GAP_Y;
		for (Person report : below) {
			right = place(report, right, childTop, seen) + GAP_X;
		}
		if (below.isEmpty()) {
			right = left + BOX_WIDTH;
		} else {
			right -= GAP_X;
		}
		int middle = (left + right) / 2;
		boxes.put(person.id(), new Rectangle(middle - BOX_WIDTH / 2, top, BOX_WIDTH, BOX_HEIGHT));
		return Math.max(right, middle + BOX_WIDTH / 2);
	}

	private int depthBottom(Person person, int top, java.util.Set<Long> seen) {
		int bottom = top + BOX_HEIGHT;
		if (seen.add(person.id())) {
			for (Person report : reports.getOrDefault(person.id(), List.of())) {
				bottom = Math.max(bottom, depthBottom(report, top + BOX_HEIGHT + GAP_Y, seen));
			}
		}
		return bottom;
	}

	private void updateScrollBars() {
		Rectangle area = getClientArea();
		configure(getHorizontalBar(), extent.x, area.width);
		configure(getVerticalBar(), extent.y, area.height);
		originX = getHorizontalBar().getSelection();
		originY = getVerticalBar().getSelection();
	}

	private static void configure(ScrollBar bar, int content, int visible) {
		bar.setMaximum(Math.max(content, 1));
		bar.setThumb(Math.max(1, Math.min(content, visible)));
		bar.setPageIncrement(Math.max(1, visible));
		bar.setVisible(content > visible);
	}

	// --- painting ----------------------------------------------------------------

	private void paint(Event event) {
		GC gc = event.gc;
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		if (people.isEmpty()) {
			String hint = Messages.OrgChart_empty;
			Point size = gc.textExtent(hint);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
			gc.drawText(hint, (area.width - size.x) / 2, (area.height - size.y) / 2, true);
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setForeground(lineColour);
		for (Map.Entry<Long, List<Person>> entry : reports.entrySet()) {
			Rectangle manager = boxes.get(entry.getKey());
			for (Person report : entry.getValue()) {
				Rectangle box = boxes.get(report.id());
				if (manager == null || box == null) {
					continue;
				}
				int fromX = manager.x + manager.width / 2 - originX;
				int fromY = manager.y + manager.height - originY;
				int toX = box.x + box.width / 2 - originX;
				int toY = box.y - originY;
				int midY = (fromY + toY) / 2;
				gc.drawLine(fromX, fromY, fromX, midY);
				gc.drawLine(fromX, midY, toX, midY);
				gc.drawLine(toX, midY, toX, toY);
			}
		}
		// the bottom row's frame and heading
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawRectangle(unassignedArea.x - originX, unassignedArea.y - originY, unassignedArea.width, unassignedArea.height);
		gc.setLineStyle(SWT.LINE_SOLID);
		String heading = unassignedCount > 0
				? org.eclipse.osgi.util.NLS.bind(Messages.OrgChart_noManagerMore, String.format("%,d", unassignedCount)) //$NON-NLS-1$
				: Messages.OrgChart_noManager;
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawText(heading, unassignedArea.x + 6 - originX, unassignedArea.y + 3 - originY, true);

		Person target = dragAt == null ? null : personAt(dragAt.x, dragAt.y);
		for (Person person : people) {
			Rectangle box = boxes.get(person.id());
			if (box == null) {
				continue;
			}
			boolean isTarget = target != null && target != dragged && target.id() == person.id();
			gc.setBackground(isTarget ? dropColour : reports.containsKey(person.id()) ? managerColour : boxColour);
			gc.fillRoundRectangle(box.x - originX, box.y - originY, box.width, box.height, 8, 8);
			gc.setForeground(lineColour);
			gc.drawRoundRectangle(box.x - originX, box.y - originY, box.width, box.height, 8, 8);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawText(fit(gc, person.name(), box.width - 10), box.x + 5 - originX, box.y + 4 - originY, true);
			if (person.title() != null) {
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				gc.drawText(fit(gc, person.title(), box.width - 10), box.x + 5 - originX, box.y + 21 - originY, true);
			}
		}
		if (dragged != null && dragAt != null) {
			gc.setForeground(dropColour);
			gc.setLineWidth(2);
			gc.drawRoundRectangle(dragAt.x - BOX_WIDTH / 2 - originX, dragAt.y - BOX_HEIGHT / 2 - originY, BOX_WIDTH,
					BOX_HEIGHT, 8, 8);
			gc.drawText(dragged.name(), dragAt.x - BOX_WIDTH / 2 + 5 - originX, dragAt.y - BOX_HEIGHT / 2 + 4 - originY, true);
			gc.setLineWidth(1);
		}
	}

	private static String fit(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String shortened = text;
		while (shortened.length() > 1 && gc.textExtent(shortened + "\u2026").x > width) { //$NON-NLS-1$
			shortened = shortened.substring(0, shortened.length() - 1);
		}
		return shortened + "\u2026"; //$NON-NLS-1$
	}
}

package org.vinculo.ui.internal.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.network.Neighbourhood;
import org.vinculo.ui.internal.Messages;

/**
 * Draws a neighbourhood as a radial tree: the centre in the middle, each ring
 * one link further out, every branch given an angle in proportion to how much
 * hangs below it so that big branches do not crowd small ones. Links that are
 * not on the tree (a friend of two colleagues) are drawn fainter; fan-outs too
 * big to draw are one "+ N more" bubble. Click a party to recentre on it,
 * double-click to open it.
 */
final class NetworkCanvas extends Canvas {

	/** One drawn party or group, with its place. */
	record Placed(Neighbourhood.Node node, Neighbourhood.Group group, int x, int y, String label) {
		boolean isGroup() {
			return group != null;
		}
	}

	private static final int PERSON_RADIUS = 7;
	private static final int CENTRE_RADIUS = 11;

	private Neighbourhood shown;
	private final List<Placed> placed = new ArrayList<>();
	private final Map<Long, Placed> byId = new HashMap<>();
	private final Map<Long, Long> parentOf = new HashMap<>();
	private Consumer<Neighbourhood.Node> onClick = node -> {
	};
	private Consumer<Neighbourhood.Node> onOpen = node -> {
	};
	private Placed hover;
	private final Font bold;
	private final Color personColour;
	private final Color organizationColour;
	private final Color groupColour;
	private final Color pastColour;
	private final Color treeColour;
	private final Color crossColour;

	NetworkCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		FontData data = getFont().getFontData()[0];
		bold = new Font(getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
		personColour = new Color(52, 101, 164);
		organizationColour = new Color(206, 92, 0);
		groupColour = new Color(136, 138, 133);
		pastColour = new Color(186, 189, 182);
		treeColour = new Color(85, 87, 83);
		crossColour = new Color(204, 204, 230);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, e -> layoutNodes());
		addListener(SWT.MouseUp, e -> {
			if (e.button == 1 && e.count == 1) {
				Placed hit = hit(e.x, e.y);
				if (hit != null && !hit.isGroup()) {
					onClick.accept(hit.node());
				}
			}
		});
		addListener(SWT.MouseDoubleClick, e -> {
			Placed hit = hit(e.x, e.y);
			if (hit != null && !hit.isGroup()) {
				onOpen.accept(hit.node());
			}
		});
		addListener(SWT.MouseMove, e -> {
			Placed hit = hit(e.x, e.y);
			if (hit != hover) {
				hover = hit;
				setToolTipText(hit == null ? null : tooltip(hit));
				redraw();
			}
		});
		addListener(SWT.Dispose, e -> {
			bold.dispose();
		});
	}

	void onClick(Consumer<Neighbourhood.Node> listener) {
		onClick = listener;
	}

	void onOpen(Consumer<Neighbourhood.Node> listener) {
		onOpen = listener;
	}

	void show(Neighbourhood neighbourhood) {
		shown = neighbourhood;
		hover = null;
		layoutNodes();
	}

	/** What is drawn, for tests: each party's name or each group's "+ N" label, with its place. */
	List<Placed> placed() {
		return List.copyOf(placed);
	}

	private static String tooltip(Placed p) {
		if (p.isGroup()) {
			return p.label();
		}
		return NLS.bind(Messages.Network_nodeTooltip, p.node().name(), p.node().degree());
	}

	private Placed hit(int x, int y) {
		for (int i = placed.size() - 1; i >= 0; i--) {
			Placed p = placed.get(i);
			int dx = x - p.x();
			int dy = y - p.y();
			if (dx * dx + dy * dy <= 13 * 13) {
				return p;
			}
		}
		return null;
	}

	// --- layout --------------------------------------------------------------

	/** Tree children per party, in the order the neighbourhood lists them (nearest, most connected first). */
	private final Map<Long, List<Object>> children = new HashMap<>();

	private void layoutNodes() {
		placed.clear();
		byId.clear();
		parentOf.clear();
		children.clear();
		if (shown == null || shown.nodes().isEmpty()) {
			redraw();
			return;
		}
		Map<Long, Neighbourhood.Node> nodes = new HashMap<>();
		int maxDepth = 0;
		for (Neighbourhood.Node node : shown.nodes()) {
			nodes.put(node.partyId(), node);
			maxDepth = Math.max(maxDepth, node.depth());
		}
		// each party hangs below the first linked party one ring further in
		for (Neighbourhood.Node node : shown.nodes()) {
			if (node.depth() == 0) {
				continue;
			}
			for (Neighbourhood.Link link : shown.links()) {
				long other = link.fromId() == node.partyId() ? link.toId()
						: link.toId() == node.partyId() ? link.fromId() : -1;
				Neighbourhood.Node candidate = nodes.get(other);
				if (candidate != null && candidate.depth() == node.depth() - 1) {
					parentOf.put(node.partyId(), other);
					children.computeIfAbsent(other, k -> new ArrayList<>()).add(node);
					break;
				}
			}
		}
		for (Neighbourhood.Group group : shown.groups()) {
			children.computeIfAbsent(group.parentId(), k -> new ArrayList<>()).add(group);
			if (nodes.containsKey(group.parentId())) {
				maxDepth = Math.max(maxDepth, nodes.get(group.parentId()).depth() + 1);
			}
		}
		Rectangle area = getClientArea();
		int cx = area.width / 2;
		int cy = area.height / 2;
		// elliptical rings: a wide, low view uses its width instead of crowding into a small circle
		double ringX = Math.max(70, (area.width / 2.0 - 90) / Math.max(1, maxDepth));
		double ringY = Math.max(40, (area.height / 2.0 - 30) / Math.max(1, maxDepth));
		Neighbourhood.Node centre = nodes.get(shown.centreId());
		if (centre == null) {
			redraw();
			return;
		}
		place(centre, null, cx, cy);
		spread(centre.partyId(), 1, -Math.PI / 2, 1.5 * Math.PI, cx, cy, ringX, ringY);
		redraw();
	}

	private int weight(Object child) {
		if (child instanceof Neighbourhood.Node node) {
			List<Object> below = children.get(node.partyId());
			if (below == null) {
				return 1;
			}
			int sum = 0;
			for (Object grandchild : below) {
				sum += weight(grandchild);
			}
			return Math.max(1, sum);
		}
		return 1;
	}

	/** Places the children of {@code parentId} on ring {@code depth} within the angle [from, to). */
	private void spread(long parentId, int depth, double from, double to, int cx, int cy, double ringX, double ringY) {
		List<Object> below = children.get(parentId);
		if (below == null) {
			return;
		}
		int total = 0;
		for (Object child : below) {
			total += weight(child);
		}
		double angle = from;
		for (Object child : below) {
			double share = (to - from) * weight(child) / total;
			double middle = angle + share / 2;
			int x = cx + (int) Math.round(Math.cos(middle) * ringX * depth);
			int y = cy + (int) Math.round(Math.sin(middle) * ringY * depth);
			if (child instanceof Neighbourhood.Node node) {
				place(node, null, x, y);
				spread(node.partyId(), depth + 1, angle, angle + share, cx, cy, ringX, ringY);
			} else if (child instanceof Neighbourhood.Group group) {
				placed.add(new Placed(null, group, x, y, NLS.bind(Messages.Network_more,
						String.format("%,d", group.count()), group.type() == null ? "" //$NON-NLS-1$ //$NON-NLS-2$
								: group.type().label(group.forward()))));
			}
			angle += share;
		}
	}

	private void place(Neighbourhood.Node node, Neighbourhood.Group group, int x, int y) {
		Placed p = new Placed(node, group, x, y, node.name());
		placed.add(p);
		byId.put(node.partyId(), p);
	}

	// --- painting ------------------------------------------------------------

	private void paint(Event event) {
		GC gc = event.gc;
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		if (shown == null || placed.isEmpty()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
			String hint = Messages.Network_empty;
			Point size = gc.textExtent(hint);
			gc.drawText(hint, (area.width - size.x) / 2, (area.height - size.y) / 2, true);
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		// only the centre's own links are labelled: more labels than that overlap into noise
		boolean labelLinks = placed.size() <= 80;
		// links: cross links first (faint), tree links over them
		for (Neighbourhood.Link link : shown.links()) {
			Placed a = byId.get(link.fromId());
			Placed b = byId.get(link.toId());
			if (a == null || b == null) {
				continue;
			}
			boolean tree = Long.valueOf(link.fromId()).equals(parentOf.get(link.toId()))
					|| Long.valueOf(link.toId()).equals(parentOf.get(link.fromId()));
			gc.setForeground(link.past() ? pastColour : tree ? treeColour : crossColour);
			gc.setLineStyle(link.past() ? SWT.LINE_DASH : SWT.LINE_SOLID);
			gc.setLineWidth(tree ? 1 : 1);
			gc.drawLine(a.x(), a.y(), b.x(), b.y());
			boolean fromCentre = link.fromId() == shown.centreId() || link.toId() == shown.centreId();
			if (labelLinks && tree && fromCentre && link.type() != null) {
				// read from the centre: "Pepe — friend of → Ana"
				boolean fromShown = link.fromId() == shown.centreId();
				String label = link.type().label(fromShown == link.forward());
				Point size = gc.textExtent(label);
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				int lx = (a.x() + b.x() - size.x) / 2;
				int ly = (a.y() + b.y() - size.y) / 2;
				gc.setAlpha(210);
				gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
				gc.fillRectangle(lx - 1, ly, size.x + 2, size.y);
				gc.setAlpha(255);
				gc.drawText(label, lx, ly, true);
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		for (Placed p : placed) {
			if (p.isGroup()) {
				Placed parent = byId.get(p.group().parentId());
				if (parent != null) {
					gc.setForeground(groupColour);
					gc.setLineStyle(SWT.LINE_DOT);
					gc.drawLine(parent.x(), parent.y(), p.x(), p.y());
					gc.setLineStyle(SWT.LINE_SOLID);
				}
			}
		}
		for (Placed p : placed) {
			drawNode(gc, p, p.node() != null && p.node().partyId() == shown.centreId());
		}
	}

	private void drawNode(GC gc, Placed p, boolean centre) {
		int r = centre ? CENTRE_RADIUS : PERSON_RADIUS;
		if (p.isGroup()) {
			gc.setBackground(groupColour);
			gc.fillOval(p.x() - r, p.y() - r, 2 * r, 2 * r);
		} else if (p.node().kind() == PartyKind.ORGANIZATION) {
			gc.setBackground(organizationColour);
			gc.fillRoundRectangle(p.x() - r - 2, p.y() - r, 2 * r + 4, 2 * r, 5, 5);
		} else {
			gc.setBackground(personColour);
			gc.fillOval(p.x() - r, p.y() - r, 2 * r, 2 * r);
		}
		if (p == hover) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawOval(p.x() - r - 3, p.y() - r - 3, 2 * r + 6, 2 * r + 6);
		}
		gc.setFont(centre ? bold : getFont());
		gc.setForeground(getDisplay().getSystemColor(p.isGroup() ? SWT.COLOR_DARK_GRAY : SWT.COLOR_LIST_FOREGROUND));
		String label = p.label();
		Point size = gc.textExtent(label);
		// a light backing keeps names readable where links cross them
		gc.setAlpha(190);
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(p.x() - size.x / 2 - 1, p.y() + r + 2, size.x + 2, size.y);
		gc.setAlpha(255);
		gc.drawText(label, p.x() - size.x / 2, p.y() + r + 2, true);
		gc.setFont(getFont());
	}
}

package org.vinculo.sales.ui.internal.board;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.vinculo.sales.OpportunityRow;
import org.vinculo.sales.Stage;
import org.vinculo.sales.StageKind;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesLabels;
import org.vinculo.ui.WidgetIds;

/**
 * An opportunity on the board, drawn rather than built from labels so that the
 * whole card is one drag source and one double-click target: title, party,
 * amount and close date (red when overdue), owner.
 */
final class OpportunityCard {

	/** Marks the dragged text as ours, so text dropped from elsewhere moves nothing. */
	private static final String DRAG_PREFIX = "vinculo-opportunity:"; //$NON-NLS-1$
	private static final int PADDING = 6;
	private static final int LINES = 4;
	private static final Color BORDER = new Color(0xc8, 0xcd, 0xd4);
	private static final Color STRIPE = new Color(0x3d, 0x7e, 0xc4);
	private static final Color MUTED = new Color(0x5f, 0x66, 0x70);
	private static final Color OVERDUE = new Color(0xc0, 0x1c, 0x1c);

	private final BoardColumn column;
	private final OpportunityRow row;
	private final Canvas canvas;

	OpportunityCard(BoardColumn column, Composite parent, OpportunityRow row) {
		this.column = column;
		this.row = row;
		canvas = WidgetIds.tag(new Canvas(parent, SWT.DOUBLE_BUFFERED), SalesIds.BOARD_CARD_PREFIX + row.id());
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.setToolTipText(tooltip());
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseDoubleClick, e -> column.open(row));
		canvas.addListener(SWT.KeyDown, e -> {
			if (e.character == SWT.CR) {
				column.open(row);
			}
		});
		canvas.addListener(SWT.MouseDown, e -> canvas.setFocus());
		canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
		canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
		canvas.addListener(SWT.Traverse, e -> e.doit = true);
		canvas.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
				e.result = tooltip();
			}
		});
		createMenu();

		DragSource source = new DragSource(canvas, DND.DROP_MOVE);
		source.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		source.addDragListener(new DragSourceAdapter() {
			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = DRAG_PREFIX + row.id();
			}
		});
	}

	/** The opportunity id in dragged data, or {@code null} when it is not one of our cards. */
	static Long idOf(Object data) {
		if (data instanceof String text && text.startsWith(DRAG_PREFIX)) {
			try {
				return Long.valueOf(text.substring(DRAG_PREFIX.length()).strip());
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}

	Control control() {
		return canvas;
	}

	OpportunityRow row() {
		return row;
	}

	int preferredHeight() {
		GC gc = new GC(canvas);
		try {
			return LINES * gc.getFontMetrics().getHeight() + 2 * PADDING + 3;
		} finally {
			gc.dispose();
		}
	}

	void dispose() {
		if (!canvas.isDisposed()) {
			canvas.dispose();
		}
	}

	/** Open, and Move to each other stage: the board without a mouse. */
	private void createMenu() {
		Menu menu = new Menu(canvas);
		MenuItem open = new MenuItem(menu, SWT.PUSH);
		open.setText(Messages.Board_open);
		open.addListener(SWT.Selection, e -> column.open(row));
		MenuItem move = new MenuItem(menu, SWT.CASCADE);
		move.setText(Messages.Board_moveTo);
		Menu stages = new Menu(move);
		move.setMenu(stages);
		for (Stage stage : column.stages()) {
			if (stage.id() == null || stage.id() == row.stageId()) {
				continue;
			}
			MenuItem item = new MenuItem(stages, SWT.PUSH);
			item.setText(SalesLabels.stage(stage));
			item.addListener(SWT.Selection, e -> column.moveTo(row, stage));
		}
		canvas.setMenu(menu);
	}

	private String tooltip() {
		var formats = column.formats();
		StringBuilder text = new StringBuilder(row.title());
		text.append('\n').append(row.partyName());
		text.append('\n').append(formats.money(row.amount(), row.currency()));
		if (row.weighted() != null) {
			text.append(" (").append(Messages.Board_weighted).append(' ') //$NON-NLS-1$
					.append(formats.money(row.weighted(), row.currency())).append(')');
		}
		if (row.closeDate() != null) {
			text.append('\n').append(Messages.Board_closes).append(' ').append(formats.date(row.closeDate()));
		}
		if (row.ownerName() != null) {
			text.append('\n').append(row.ownerName());
		}
		return text.toString();
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle area = canvas.getClientArea();
		gc.setAntialias(SWT.ON);
		gc.setForeground(canvas.isFocusControl() ? STRIPE : BORDER);
		gc.drawRoundRectangle(0, 0, area.width - 1, area.height - 1, 8, 8);
		gc.setBackground(STRIPE);
		gc.fillRectangle(1, 4, 3, area.height - 8);

		var formats = column.formats();
		int x = PADDING + 4;
		int width = area.width - x - PADDING;
		int line = gc.getFontMetrics().getHeight();
		int y = PADDING;
		gc.setFont(column.bold());
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		gc.drawString(fit(gc, row.title(), width), x, y, true);
		gc.setFont(canvas.getFont());
		y += line;
		gc.setForeground(MUTED);
		gc.drawString(fit(gc, row.partyName(), width), x, y, true);
		y += line;
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		String amount = formats.money(row.amount(), row.currency());
		gc.drawString(fit(gc, amount, width / 2 + width / 4), x, y, true);
		if (row.closeDate() != null) {
			String date = formats.date(row.closeDate());
			boolean overdue = row.stageKind() == StageKind.OPEN && row.closeDate().isBefore(LocalDate.now());
			gc.setForeground(overdue ? OVERDUE : MUTED);
			int dateWidth = gc.textExtent(date).x;
			if (dateWidth < width - gc.textExtent(amount).x - 8) {
				gc.drawString(date, x + width - dateWidth, y, true);
			}
		}
		y += line;
		gc.setForeground(MUTED);
		gc.drawString(fit(gc, row.ownerName() == null ? "" : row.ownerName(), width), x, y, true); //$NON-NLS-1$
	}

	/** {@code text} shortened with an ellipsis to fit {@code width} pixels. */
	private static String fit(GC gc, String text, int width) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String ellipsis = "\u2026"; //$NON-NLS-1$
		int end = text.length();
		while (end > 0 && gc.textExtent(text.substring(0, end) + ellipsis).x > width) {
			end--;
		}
		return text.substring(0, end) + ellipsis;
	}
}

package org.vinculo.sales.ui.internal.board;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.vinculo.sales.OpportunityRow;
import org.vinculo.sales.Stage;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesLabels;
import org.vinculo.ui.WidgetIds;

/**
 * One stage on the board: a header with the stage's name, count and sum, and
 * its cards, scrolling on their own. The whole column accepts dropped cards.
 */
final class BoardColumn {

	/** Cards drawn per column at most: beyond that the filters narrow the board down. */
	static final int MAX_CARDS = 200;

	private final PipelineBoardView view;
	private final Stage stage;
	private final Font bold;
	private final Color background;
	private final Color dropBackground;
	private final Composite column;
	private final Label summary;
	private final ScrolledComposite scroller;
	private final Composite cards;
	private final List<OpportunityCard> shown = new ArrayList<>();
	private Label empty;

	BoardColumn(PipelineBoardView view, Composite board, Stage stage, Font bold, Color background, Color header,
			Color dropBackground) {
		this.view = view;
		this.stage = stage;
		this.bold = bold;
		this.background = background;
		this.dropBackground = dropBackground;
		column = WidgetIds.tag(new Composite(board, SWT.NONE), SalesIds.BOARD_COLUMN_PREFIX + stage.id());
		column.setBackground(background);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(0, 4).applyTo(column);

		Composite top = new Composite(column, SWT.NONE);
		top.setBackground(header);
		GridLayoutFactory.fillDefaults().margins(6, 4).spacing(0, 2).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		Label name = new Label(top, SWT.NONE);
		name.setFont(bold);
		name.setBackground(header);
		name.setText(stage.name());
		name.setToolTipText(SalesLabels.stage(stage) + " \u2013 " + SalesLabels.kind(stage.kind())); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		summary = WidgetIds.tag(new Label(top, SWT.NONE),
				SalesIds.BOARD_COLUMN_PREFIX + stage.id() + SalesIds.BOARD_COLUMN_SUMMARY_SUFFIX);
		summary.setBackground(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

		scroller = new ScrolledComposite(column, SWT.V_SCROLL);
		scroller.setBackground(background);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		cards = new Composite(scroller, SWT.NONE);
		cards.setBackground(background);
		GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(cards);
		scroller.setContent(cards);
		scroller.addListener(SWT.Resize, e -> resizeCards());

		for (Control control : new Control[] { column, top, name, summary, scroller, cards }) {
			acceptDrops(control);
		}
	}

	Control control() {
		return column;
	}

	Stage stage() {
		return stage;
	}

	Font bold() {
		return bold;
	}

	PipelineBoardView view() {
		return view;
	}

	/** Replaces the cards with {@code rows} and the header's count and sum with {@code summaryText}. */
	void show(List<OpportunityRow> rows, String summaryText) {
		summary.setText(summaryText);
		shown.forEach(OpportunityCard::dispose);
		shown.clear();
		if (empty != null) {
			empty.dispose();
			empty = null;
		}
		for (OpportunityRow row : rows.subList(0, Math.min(rows.size(), MAX_CARDS))) {
			OpportunityCard card = new OpportunityCard(this, cards, row);
			GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, card.preferredHeight())
					.applyTo(card.control());
			acceptDrops(card.control());
			shown.add(card);
		}
		if (rows.isEmpty() || rows.size() > MAX_CARDS) {
			empty = new Label(cards, SWT.WRAP | SWT.CENTER);
			empty.setBackground(background);
			empty.setForeground(column.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			empty.setText(rows.isEmpty() ? Messages.Board_emptyColumn
					: Messages.format(Messages.Board_more, rows.size() - MAX_CARDS));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(empty);
			acceptDrops(empty);
		}
		resizeCards();
	}

	private void resizeCards() {
		int width = scroller.getClientArea().width;
		Point size = cards.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT);
		scroller.setMinHeight(size.y);
		cards.layout(true);
	}

	int cardCount() {
		return shown.size();
	}

	List<Long> cardIds() {
		return shown.stream().map(c -> c.row().id()).toList();
	}

	/** Dropping an opportunity's card anywhere on {@code control} moves it to this column's stage. */
	private void acceptDrops(Control control) {
		DropTarget target = new DropTarget(control, DND.DROP_MOVE | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_MOVE;
				highlight(true);
			}

			@Override
			public void dragOperationChanged(DropTargetEvent event) {
				event.detail = DND.DROP_MOVE;
			}

			@Override
			public void dragLeave(DropTargetEvent event) {
				highlight(false);
			}

			@Override
			public void drop(DropTargetEvent event) {
				highlight(false);
				Long id = OpportunityCard.idOf(event.data);
				if (id == null) {
					event.detail = DND.DROP_NONE;
					return;
				}
				// after the drag has ended: moving rebuilds the cards, the dragged one included
				column.getDisplay().asyncExec(() -> {
					if (!column.isDisposed()) {
						view.moveCard(id, stage.id());
					}
				});
			}
		});
	}

	private void highlight(boolean on) {
		Color color = on ? dropBackground : background;
		for (Control control : new Control[] { column, scroller, cards }) {
			if (!control.isDisposed()) {
				control.setBackground(color);
			}
		}
	}

	void open(OpportunityRow row) {
		view.open(row);
	}

	void moveTo(OpportunityRow row, Stage target) {
		view.moveCard(row.id(), target.id());
	}

	List<Stage> stages() {
		return view.stages();
	}

	org.vinculo.sales.ui.internal.Formats formats() {
		return view.formats();
	}

	void dispose() {
		if (!column.isDisposed()) {
			column.dispose(); // disposes its drop targets and cards with it
		}
	}
}

package org.vinculo.tests.harness;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Reads and drives a table; virtual rows are materialized as they are read. */
public final class TableDriver {

	/** Widget data key under which the product keeps an editable table's viewer. */
	public static final String VIEWER_KEY = "org.vinculo.viewer";

	private final UiDriver driver;
	private final Table table;

	TableDriver(UiDriver driver, Table table) {
		this.driver = driver;
		this.table = table;
	}

	public Table widget() {
		return table;
	}

	public int rowCount() {
		return driver.onUi(table::getItemCount);
	}

	public List<String> columnHeaders() {
		return driver.onUi(() -> {
			List<String> headers = new ArrayList<>();
			for (var column : table.getColumns()) {
				headers.add(column.getText());
			}
			return headers;
		});
	}

	public String cell(int row, int column) {
		return driver.onUi(() -> table.getItem(row).getText(column));
	}

	/** The texts of one column, top to bottom. */
	public List<String> column(int column) {
		return driver.onUi(() -> {
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < table.getItemCount(); i++) {
				texts.add(table.getItem(i).getText(column));
			}
			return texts;
		});
	}

	/** Row index of the first row whose cell in {@code column} equals {@code text}, or -1. */
	public int indexOf(int column, String text) {
		return column(column).indexOf(text);
	}

	/** Waits until some row shows {@code text} in {@code column}; returns its index. */
	public int waitForRow(int column, String text) {
		driver.waitUntil("a row \"" + text + "\" in column " + column, () -> indexOf(column, text) >= 0);
		return indexOf(column, text);
	}

	public TableDriver select(int row) {
		driver.run(() -> {
			table.setFocus();
			table.setSelection(row);
			notify(SWT.Selection, row);
		});
		return this;
	}

	/** Selects the row and opens it, as a double-click does. */
	public TableDriver doubleClick(int row) {
		select(row);
		driver.run(() -> notify(SWT.DefaultSelection, row));
		return this;
	}

	/**
	 * Selects the row and opens it without waiting for the listeners, for rows
	 * whose opening shows a modal dialog (which would hold a synchronous call).
	 */
	public TableDriver doubleClickAsync(int row) {
		select(row);
		driver.async(() -> notify(SWT.DefaultSelection, row));
		return this;
	}

	/** Selects the row and presses Enter through the display's event queue. */
	public TableDriver pressEnter(int row) {
		select(row);
		driver.run(() -> {
			for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
				Event key = new Event();
				key.type = type;
				key.keyCode = SWT.CR;
				key.character = SWT.CR;
				table.getDisplay().post(key);
			}
		});
		return this;
	}

	/**
	 * Edits one cell in place, as clicking it, typing and pressing Enter does: the
	 * table's viewer must be stored under {@link #VIEWER_KEY}. Text cells take the
	 * value; drop-down cells select the item reading it.
	 */
	public TableDriver editCell(int row, int column, String value) {
		driver.run(() -> {
			ColumnViewer viewer = (ColumnViewer) table.getData(VIEWER_KEY);
			if (viewer == null) {
				throw new AssertionError("The table has no editable viewer under " + VIEWER_KEY);
			}
			viewer.editElement(table.getItem(row).getData(), column);
			Control editor = table.getDisplay().getFocusControl();
			if (editor != null && editor.getParent() instanceof CCombo combo) {
				editor = combo; // the focus is on the drop-down's inner text
			}
			if (editor instanceof CCombo combo) {
				combo.select(combo.indexOf(value));
			} else if (editor instanceof Text text) {
				text.setText(value);
			} else {
				throw new AssertionError("No cell editor opened in column " + column + ": focus is on " + editor);
			}
			editor.notifyListeners(SWT.DefaultSelection, new Event());
		});
		return this;
	}

	private void notify(int type, int row) {
		TableItem item = table.getItem(row);
		Event event = new Event();
		event.item = item;
		event.widget = table;
		table.notifyListeners(type, event);
	}
}

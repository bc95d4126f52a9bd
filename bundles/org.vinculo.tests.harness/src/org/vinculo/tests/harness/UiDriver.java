package org.vinculo.tests.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * A small driver for UI tests of the running workbench, shaped like SWTBot
 * (which Maven Central does not serve): find widgets by id or by label, type,
 * click, select, read tables, and wait until something is true. Call it from
 * the test thread, never from the UI thread; every widget access is marshalled
 * onto the display thread.
 */
public final class UiDriver {

	/** The widget data key under which the product stores stable widget ids. */
	public static final String ID_KEY = "org.vinculo.id";
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

	private final Display display;

	public UiDriver() {
		this(PlatformUI.getWorkbench().getDisplay());
	}

	public UiDriver(Display display) {
		this.display = display;
	}

	public Display display() {
		return display;
	}

	/** Runs {@code work} on the UI thread and returns its result; exceptions reach the caller. */
	public <T> T onUi(Supplier<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		AtomicReference<Error> error = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(work.get());
			} catch (RuntimeException e) {
				failure.set(e);
			} catch (Error e) {
				error.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		if (error.get() != null) {
			throw error.get();
		}
		return result.get();
	}

	/** Runs {@code work} on the UI thread and waits for it. */
	public void run(Runnable work) {
		onUi(() -> {
			work.run();
			return null;
		});
	}

	/**
	 * Runs {@code work} on the UI thread without waiting: for actions that open a
	 * modal dialog, whose event loop would otherwise block the test thread.
	 */
	public void async(Runnable work) {
		display.asyncExec(work);
	}

	/**
	 * Saves the screen as {@code <dir>/<name>.png} when the tests run with
	 * {@code -Dvinculo.screenshots=<dir>} (ImageMagick's {@code import} on the
	 * test display); does nothing otherwise. For looking at what a test drove.
	 */
	public void screenshot(String name) {
		String dir = System.getProperty("vinculo.screenshots"); //$NON-NLS-1$
		if (dir == null || dir.isBlank()) {
			return;
		}
		flush();
		try {
			java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
			Process process = new ProcessBuilder("import", "-window", "root", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					java.nio.file.Path.of(dir, name + ".png").toString()).inheritIO().start(); //$NON-NLS-1$
			process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
		} catch (java.io.IOException e) {
			System.err.println("No screenshot " + name + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Lets the UI thread process everything queued so far (async runnables, posted events). */
	public void flush() {
		run(() -> {
			while (display.readAndDispatch()) {
				// drain
			}
		});
	}

	// ---- workbench ---------------------------------------------------------------------------

	public IWorkbenchPage page() {
		return onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
	}

	public IViewPart showView(String viewId) {
		return onUi(() -> {
			try {
				return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(viewId);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	public IEditorPart activeEditor() {
		return onUi(() -> page().getActiveEditor());
	}

	/** Waits until the active editor's title is {@code title} and returns that editor. */
	public IEditorPart waitForActiveEditor(String title) {
		waitUntil("an active editor titled \"" + title + "\"", () -> {
			IEditorPart editor = activeEditor();
			return editor != null && title.equals(onUi(editor::getTitle));
		});
		return activeEditor();
	}

	public String windowTitle() {
		return onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText());
	}

	// ---- finding widgets ---------------------------------------------------------------------

	/** The first visible widget of {@code type} tagged with {@code id}, waiting for it to appear. */
	public <W extends Widget> W byId(Class<W> type, String id) {
		return waitFor("a " + type.getSimpleName() + " with id " + id,
				() -> find(type, w -> id.equals(w.getData(ID_KEY))));
	}

	/** Whether a visible widget tagged with {@code id} is on screen now; does not wait. */
	public boolean isShown(String id) {
		return find(Widget.class, w -> id.equals(w.getData(ID_KEY))) != null;
	}

	/** The control of {@code type} that directly follows a label reading {@code label}. */
	public <W extends Control> W byLabel(Class<W> type, String label) {
		return waitFor("a " + type.getSimpleName() + " labelled " + label, () -> onUi(() -> {
			for (Label candidate : findAll(Label.class, l -> label.equals(stripMnemonic(l.getText())))) {
				Control[] siblings = candidate.getParent().getChildren();
				for (int i = 0; i < siblings.length - 1; i++) {
					if (siblings[i] == candidate && type.isInstance(siblings[i + 1])) {
						return type.cast(siblings[i + 1]);
					}
				}
			}
			return null;
		}));
	}

	public TextDriver text(String id) {
		return new TextDriver(this, byId(Text.class, id));
	}

	public TableDriver table(String id) {
		return new TableDriver(this, byId(Table.class, id));
	}

	public ComboDriver combo(String id) {
		return new ComboDriver(this, byId(Combo.class, id));
	}

	public ButtonDriver button(String id) {
		return new ButtonDriver(this, byId(Button.class, id));
	}

	/** A visible push button whose text (mnemonic removed) is {@code label}, e.g. in a message dialog. */
	public ButtonDriver buttonLabelled(String label) {
		return new ButtonDriver(this, waitFor("a button labelled " + label,
				() -> find(Button.class, b -> label.equals(stripMnemonic(b.getText())))));
	}

	/** Waits for a visible shell with this title (a dialog) and returns it. */
	public Shell shell(String title) {
		return waitFor("a window titled \"" + title + "\"", () -> onUi(() -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && title.equals(shell.getText())) {
					return shell;
				}
			}
			return null;
		}));
	}

	/**
	 * Closes every open dialog (any visible shell that is not a workbench window),
	 * so that a test which failed half-way through a dialog cannot block the next.
	 */
	public void closeDialogs() {
		run(() -> {
			for (Shell shell : display.getShells()) {
				boolean workbenchWindow = false;
				for (var window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
					workbenchWindow |= window.getShell() == shell;
				}
				if (!workbenchWindow && !shell.isDisposed() && shell.isVisible()) {
					shell.close();
				}
			}
		});
	}

	/** Waits until no visible shell has this title any more. */
	public void waitForShellClosed(String title) {
		waitUntil("the window \"" + title + "\" to close", () -> onUi(() -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					return false;
				}
			}
			return true;
		}));
	}

	/** The message text shown in a visible dialog: the texts of its labels, joined. */
	public String dialogText(Shell shell) {
		return onUi(() -> {
			StringBuilder text = new StringBuilder();
			List<Label> labels = new ArrayList<>();
			collect(shell, Label.class, l -> true, labels);
			labels.forEach(l -> text.append(l.getText()).append('\n'));
			return text.toString();
		});
	}

	/**
	 * Walks the menu bar along {@code path} (labels without mnemonics), showing each
	 * menu so contributed items are rendered, and selects the last item without
	 * waiting (it may open a dialog).
	 */
	public void clickMenu(String... path) {
		MenuItem item = onUi(() -> {
			MenuItem found = menuItem(path);
			if (found.getMenu() != null) {
				found.getMenu().notifyListeners(SWT.Show, new Event());
			}
			return found;
		});
		async(() -> {
			if (!item.isEnabled()) {
				throw new AssertionError("Menu item " + String.join(" > ", path) + " is disabled");
			}
			item.notifyListeners(SWT.Selection, new Event());
		});
	}

	/** Labels of the items of a menu, after letting it render its contributions. */
	public List<String> menuItems(String... path) {
		return onUi(() -> {
			Menu menu = menuItem(path).getMenu();
			if (menu == null) {
				throw new AssertionError(String.join(" > ", path) + " is not a menu");
			}
			menu.notifyListeners(SWT.Show, new Event());
			return menuLabels(menu);
		});
	}

	/**
	 * The menu bar item at the end of {@code path}, showing each menu on the way so
	 * that contributed items are rendered. Must run on the UI thread.
	 */
	private MenuItem menuItem(String... path) {
		Menu menu = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		MenuItem found = null;
		for (String label : path) {
			if (menu == null) {
				throw new AssertionError((found == null ? "The window" : found.getText()) + " has no menu below it");
			}
			menu.notifyListeners(SWT.Show, new Event());
			found = null;
			for (MenuItem candidate : menu.getItems()) {
				if (label.equals(stripMnemonic(candidate.getText()))) {
					found = candidate;
				}
			}
			if (found == null) {
				throw new AssertionError("No menu item " + label + " in " + menuLabels(menu));
			}
			menu = found.getMenu();
		}
		return found;
	}

	private static List<String> menuLabels(Menu menu) {
		List<String> labels = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			labels.add(stripMnemonic(item.getText()));
		}
		return labels;
	}

	/**
	 * Selects the tool bar item whose tool tip starts with {@code tooltip} (the
	 * workbench appends the key binding), without waiting.
	 */
	public void clickToolItem(String tooltip) {
		ToolItem item = waitFor("a tool bar item \"" + tooltip + "\"", () -> onUi(() -> {
			for (ToolBar bar : findAll(ToolBar.class, b -> true)) {
				for (ToolItem candidate : bar.getItems()) {
					String text = candidate.getToolTipText();
					if (text != null && text.startsWith(tooltip)) {
						return candidate;
					}
				}
			}
			return null;
		}));
		async(() -> item.notifyListeners(SWT.Selection, new Event()));
	}

	/**
	 * Posts a key stroke with modifiers (SWT.CTRL, SWT.ALT, SWT.SHIFT) through the
	 * display, as the keyboard would; {@code key} is a character or an SWT key code.
	 */
	public void pressKey(int modifiers, int key) {
		run(() -> {
			int[][] mods = { { SWT.CTRL, SWT.CTRL }, { SWT.ALT, SWT.ALT }, { SWT.SHIFT, SWT.SHIFT } };
			for (int[] mod : mods) {
				if ((modifiers & mod[0]) != 0) {
					post(SWT.KeyDown, mod[1], (char) 0);
				}
			}
			char character = key < 0x10000 ? (char) key : (char) 0;
			post(SWT.KeyDown, key, character);
			post(SWT.KeyUp, key, character);
			for (int i = mods.length - 1; i >= 0; i--) {
				if ((modifiers & mods[i][0]) != 0) {
					post(SWT.KeyUp, mods[i][1], (char) 0);
				}
			}
		});
	}

	private void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display.post(event);
	}

	/** Labels of the top-level menus of the active workbench window, mnemonics removed. */
	public List<String> menuBarLabels() {
		return onUi(() -> menuLabels(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar()));
	}

	private <W extends Widget> W find(Class<W> type, Predicate<W> match) {
		return onUi(() -> {
			List<W> all = findAll(type, match);
			return all.isEmpty() ? null : all.get(0);
		});
	}

	/** Must run on the UI thread. */
	private <W extends Widget> List<W> findAll(Class<W> type, Predicate<W> match) {
		List<W> found = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (shell.isVisible()) {
				collect(shell, type, match, found);
			}
		}
		return found;
	}

	private static <W extends Widget> void collect(Control control, Class<W> type, Predicate<W> match, List<W> found) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		if (type.isInstance(control) && match.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, match, found);
			}
		}
	}

	static String stripMnemonic(String text) {
		int tab = text.indexOf('\t');
		return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "");
	}

	// ---- waiting -----------------------------------------------------------------------------

	/** Polls {@code condition} until it holds or the default timeout passes. */
	public void waitUntil(String description, BooleanSupplier condition) {
		waitUntil(description, condition, DEFAULT_TIMEOUT);
	}

	public void waitUntil(String description, BooleanSupplier condition, Duration timeout) {
		waitFor(description, () -> condition.getAsBoolean() ? Boolean.TRUE : null, timeout);
	}

	/** As {@link #waitUntil(String, BooleanSupplier)}, adding {@code state} to the failure message. */
	public void waitUntil(String description, BooleanSupplier condition, Supplier<String> state) {
		try {
			waitUntil(description, condition);
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + " (" + state.get() + ")", e);
		}
	}

	<T> T waitFor(String description, Supplier<T> probe) {
		return waitFor(description, probe, DEFAULT_TIMEOUT);
	}

	<T> T waitFor(String description, Supplier<T> probe, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + description);
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted waiting for " + description, e);
			}
		}
	}

	/** Waits for every job of {@code family}, then for the UI updates they queued. */
	public void waitForJobs(Object family) {
		try {
			Job.getJobManager().join(family, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
		flush();
	}
}

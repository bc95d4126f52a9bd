package org.vinculo.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.vinculo.core.model.PartyKind;
import org.vinculo.ui.internal.Columns;
import org.vinculo.ui.internal.Labels;
import org.vinculo.ui.internal.StartupTrace;
import org.vinculo.ui.parts.FormWheel;

/**
 * The widgets' half of the editors' warm-up ({@link EditorWarmUp} reads the data):
 * once per session, at idle on the UI thread, makes the kinds of widgets an editor
 * makes (a form with its heading, sections, text fields, drop-downs, a link, a
 * virtual table with columns) in a shell that is never shown, lays them out and
 * throws them away. The editor registry is read then too.
 * <p>
 * The first editor of a session otherwise runs all of that code for the first time
 * while the user waits: the workbench reads its editor registry, the forms library
 * and the toolkit's native widgets set themselves up, and every lambda on the way is
 * generated (docs/BENCHMARKS.md, "The session's first editor"). The work is done in
 * a few short steps, each queued behind whatever the UI thread has to do, so that a
 * click or a key typed meanwhile waits for one step at most; it is skipped once an
 * editor is open.
 */
public final class WidgetWarmUp {

	private final Display display;
	private final List<Runnable> steps = new ArrayList<>();
	private final int stepCount;
	private Shell shell;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private long spent;
	private final StringBuilder stepTimes = new StringBuilder();
	private int stepsRun;
	private volatile boolean finished;

	private WidgetWarmUp(Display display) {
		this.display = display;
		steps.add(this::readEditorRegistry);
		steps.add(this::makeToolkit);
		steps.add(this::makeForm);
		steps.add(this::makeHeading);
		steps.add(this::makeSections);
		steps.add(this::makeTable);
		steps.add(this::layOut);
		stepCount = steps.size();
	}

	/** Queues the steps on {@code display}'s UI thread, {@code delayMs} from now; call on the UI thread. */
	public static WidgetWarmUp schedule(Display display, int delayMs) {
		WidgetWarmUp warmUp = new WidgetWarmUp(display);
		display.timerExec(delayMs, warmUp::next);
		return warmUp;
	}

	/** Whether it ran its last step, or stopped. */
	public boolean finished() {
		return finished;
	}

	/** How many steps ran: none when an editor was open already. */
	public int stepsRun() {
		return stepsRun;
	}

	/** How many steps a whole warm-up has. */
	public int steps() {
		return stepCount;
	}

	private void next() {
		if (display.isDisposed()) {
			return;
		}
		if (steps.isEmpty() || editorOpen()) {
			dispose();
			finished = true;
			if (StartupTrace.ENABLED) {
				ILog.of(WidgetWarmUp.class).info(String.format(Locale.ROOT, "Widget warm-up: %s, %.0f ms on the UI thread in steps of %s ms", //$NON-NLS-1$
						stepsRun == stepCount ? "done" : "stopped (an editor is open, or a step failed)", spent / 1e6, stepTimes)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return;
		}
		long start = System.nanoTime();
		try {
			steps.removeFirst().run();
			stepsRun++;
		} catch (RuntimeException e) {
			// nothing the user asked for failed: the editors make their own widgets when opened
			ILog.of(WidgetWarmUp.class).warn("Widget warm-up stopped", e); //$NON-NLS-1$
			steps.clear();
		}
		long took = System.nanoTime() - start;
		spent += took;
		stepTimes.append(stepTimes.isEmpty() ? "" : ", ").append(Math.round(took / 1e6)); //$NON-NLS-1$ //$NON-NLS-2$
		display.asyncExec(this::next);
	}

	/** Whether an editor is open in any window (or the workbench is going: nothing to warm up for). */
	private static boolean editorOpen() {
		if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing()) {
			return true;
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				if (page.getEditorReferences().length > 0) {
					return true;
				}
			}
		}
		return false;
	}

	private void readEditorRegistry() {
		PlatformUI.getWorkbench().getEditorRegistry().findEditor(PersonEditor.ID);
	}

	private void makeToolkit() {
		shell = new Shell(display);
		shell.setLayout(GridLayoutFactory.fillDefaults().create());
		toolkit = new FormToolkit(display);
	}

	private void makeForm() {
		form = toolkit.createScrolledForm(shell);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		FormWheel.install(form);
	}

	private void makeHeading() {
		form.setImage(Labels.image(PartyKind.ORGANIZATION));
		form.setText(WidgetWarmUp.class.getSimpleName());
		toolkit.decorateFormHeading(form.getForm());
		GridLayoutFactory.fillDefaults().margins(10, 10).spacing(10, 10).applyTo(form.getBody());
	}

	private void makeSections() {
		Composite body = form.getBody();
		Composite fields = section(body, ExpandableComposite.SHORT_TITLE_BAR, 2);
		for (int i = 0; i < 3; i++) {
			toolkit.createLabel(fields, "Label:"); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT)
					.applyTo(toolkit.createText(fields, "text", SWT.SINGLE)); //$NON-NLS-1$
		}
		toolkit.createText(fields, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
		Composite choices = section(body, ExpandableComposite.SHORT_TITLE_BAR | ExpandableComposite.TWISTIE
				| ExpandableComposite.EXPANDED, 2);
		toolkit.createLabel(choices, "Choice:"); //$NON-NLS-1$
		Combo combo = new Combo(choices, SWT.READ_ONLY);
		combo.setItems("a", "b"); //$NON-NLS-1$ //$NON-NLS-2$
		toolkit.adapt(combo);
		toolkit.createHyperlink(choices, "link", SWT.NONE); //$NON-NLS-1$
		toolkit.createButton(choices, "button", SWT.PUSH); //$NON-NLS-1$
		toolkit.paintBordersFor(fields);
		toolkit.paintBordersFor(choices);
	}

	private void makeTable() {
		Composite client = section(form.getBody(), ExpandableComposite.SHORT_TITLE_BAR | Section.DESCRIPTION, 1);
		TableViewer viewer = new TableViewer(client, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 150).applyTo(viewer.getControl());
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				viewer.replace(Integer.valueOf(index), index);
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
				// rows are numbers: nothing to hold
			}
		});
		viewer.setInput(Boolean.TRUE);
		for (int i = 0; i < 4; i++) {
			Columns.<Integer>add(viewer, "Column " + i, 120, String::valueOf, row -> null); //$NON-NLS-1$
		}
		viewer.setItemCount(100);
		toolkit.paintBordersFor(client);
	}

	private Composite section(Composite body, int style, int columns) {
		Section section = toolkit.createSection(body, style);
		section.setText("Section"); //$NON-NLS-1$
		if ((style & Section.DESCRIPTION) != 0) {
			section.setDescription("Description"); //$NON-NLS-1$
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(columns).margins(4, 4).applyTo(client);
		section.setClient(client);
		return client;
	}

	private void layOut() {
		shell.setSize(900, 700);
		shell.layout(true, true);
		form.reflow(true);
	}

	private void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
			toolkit = null;
		}
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
	}
}

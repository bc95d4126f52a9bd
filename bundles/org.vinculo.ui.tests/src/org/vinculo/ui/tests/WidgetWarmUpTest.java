package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.vinculo.core.model.Organization;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.PartyEditorInput;
import org.vinculo.ui.internal.PartyOpener;
import org.vinculo.ui.internal.editors.WidgetWarmUp;

/**
 * The widgets' warm-up for the session's first editor: it runs on the UI thread
 * in steps, never shows a window, leaves no window or widget behind, and does
 * nothing once the user has opened an editor.
 */
class WidgetWarmUpTest extends WorkbenchTest {

	@Test
	void theWarmUpShowsNothingAndLeavesNoWindowBehind() {
		List<Shell> before = ui.onUi(() -> List.of(Display.getCurrent().getShells()));
		AtomicInteger shown = new AtomicInteger();
		Listener onShow = event -> {
			if (event.widget instanceof Shell) {
				shown.incrementAndGet();
			}
		};
		ui.run(() -> Display.getCurrent().addFilter(SWT.Show, onShow));
		try {
			WidgetWarmUp warmUp = ui.onUi(() -> WidgetWarmUp.schedule(Display.getCurrent(), 0));
			ui.waitUntil("the warm-up ran its steps", warmUp::finished);

			assertEquals(warmUp.steps(), warmUp.stepsRun(), "every step ran: no editor was open");
			assertEquals(0, shown.get(), "no window appeared");
			assertEquals(before, ui.onUi(() -> List.of(Display.getCurrent().getShells())),
					"the warm-up's shell is gone");
		} finally {
			ui.run(() -> Display.getCurrent().removeFilter(SWT.Show, onShow));
		}
	}

	@Test
	void theWarmUpDoesNothingOnceAnEditorIsOpen() {
		Organization opened = CoreServices.parties().createOrganization(new Organization("Carpintería Temprana"));
		ui.run(() -> PartyOpener.open(ui.page(), PartyEditorInput.of(opened)));
		ui.waitForActiveEditor("Carpintería Temprana");
		ui.waitForJobs(JobFamilies.EDITOR_LOAD);
		int shells = ui.onUi(() -> Display.getCurrent().getShells().length);

		WidgetWarmUp warmUp = ui.onUi(() -> WidgetWarmUp.schedule(Display.getCurrent(), 0));
		ui.waitUntil("the warm-up gave up", warmUp::finished);

		assertEquals(0, warmUp.stepsRun(), "the editor's own widgets were made already");
		assertEquals(shells, ui.onUi(() -> Display.getCurrent().getShells().length));
		assertFalse(ui.onUi(() -> ui.page().getEditorReferences().length == 0), "the user's editor stays open");
	}
}

package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.vinculo.core.users.User;
import org.vinculo.ui.WidgetIds;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.activities.CurrentUser;
import org.vinculo.ui.internal.preferences.CurrentUserPreferencePage;

/**
 * Until sign-in arrives, the workspace's user is chosen in Preferences >
 * Current User among the users (the owner list), and the agenda follows.
 */
class CurrentUserUiTest extends WorkbenchTest {

	@Test
	void theUserChosenInPreferencesIsTheWorkspacesUser() {
		Long before = CurrentUser.get();
		User luis = CoreServices.teams().users(false).stream().filter(u -> u.name().equals("Luis Vega")).findFirst()
				.orElseThrow();
		try {
			ui.async(() -> PreferencesUtil.createPreferenceDialogOn(null, CurrentUserPreferencePage.ID, null, null).open());
			ui.shell("Preferences");
			ui.waitUntil("the users listed", () -> ui.combo(WidgetIds.CURRENT_USER).items().contains("Luis Vega"));
			assertTrue(ui.combo(WidgetIds.CURRENT_USER).items().contains("Ana Ruiz"));
			ui.combo(WidgetIds.CURRENT_USER).select("Luis Vega");
			ui.buttonLabelled("Apply and Close").click();
			ui.waitForShellClosed("Preferences");
			assertEquals(luis.id(), CurrentUser.get());
		} finally {
			CurrentUser.set(before);
		}
	}
}

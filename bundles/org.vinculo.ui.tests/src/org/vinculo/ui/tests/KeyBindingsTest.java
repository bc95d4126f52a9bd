package org.vinculo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

/**
 * The keys a user reaches for are bound, in the default scheme and the workbench
 * window's context, to the commands they expect.
 * <p>
 * The bindings defined are checked rather than the one a key resolves to: the test
 * runtime also holds the IDE's text editor bundles, which the product does not ship
 * and which bind Ctrl+Q to one of their commands.
 */
class KeyBindingsTest extends WorkbenchTest {

	@Test
	void ctrlQQuitsAndTheNewRecordKeysCreateRecords() throws Exception {
		assertBound("M1+Q", "org.eclipse.ui.file.exit"); // as in other GTK and Windows applications
		assertBound("M1+M3+P", "org.vinculo.ui.commands.newPerson");
		assertBound("M1+M3+O", "org.vinculo.ui.commands.newOrganization");
	}

	private void assertBound(String keys, String commandId) throws Exception {
		KeySequence sequence = KeySequence.getInstance(keys);
		List<Binding> bindings = ui.onUi(() -> Arrays.asList(
				PlatformUI.getWorkbench().getService(IBindingService.class).getBindings()));
		assertTrue(bindings.stream().anyMatch(binding -> binding.getTriggerSequence().equals(sequence)
				&& binding.getParameterizedCommand() != null
				&& commandId.equals(binding.getParameterizedCommand().getId())
				&& "org.eclipse.ui.defaultAcceleratorConfiguration".equals(binding.getSchemeId())
				&& "org.eclipse.ui.contexts.window".equals(binding.getContextId())
				&& binding.getPlatform() == null), sequence.format() + " runs " + commandId);
	}
}

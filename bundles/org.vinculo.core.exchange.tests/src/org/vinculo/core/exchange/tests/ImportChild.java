package org.vinculo.core.exchange.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.vinculo.core.exchange.ImportSettings;

/**
 * A separate JVM running an import, for {@link KilledImportTest} to kill with
 * SIGKILL mid-way: prints a line after each committed chunk.
 */
public final class ImportChild {

	private ImportChild() {
	}

	public static void main(String[] args) throws Exception {
		try (Store store = new Store(Path.of(args[0]))) {
			Path file = Path.of(args[1]);
			ImportSettings settings = store.importer.guessMapping(store.importer.sniff(file));
			System.out.println("started"); //$NON-NLS-1$
			store.importer.run(file, settings, new NullProgressMonitor() {
				@Override
				public void subTask(String name) {
					System.out.println("committed " + name); //$NON-NLS-1$
					System.out.flush();
				}
			});
			System.out.println("finished"); //$NON-NLS-1$
		}
	}
}

package org.vinculo.core.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vinculo.core.exchange.ImportReport;
import org.vinculo.core.imports.ImportRun;
import org.vinculo.core.model.PartyKind;

/**
 * The import process is killed with SIGKILL in the middle of a file: the
 * database holds whole chunks only (never half a row, never a row without its
 * affiliation), the run says where it got to, and resuming finishes the file
 * with every row exactly once.
 */
class KilledImportTest {

	private static final int ROWS = 60_000;

	@TempDir
	Path folder;

	@Test
	void anImportKilledMidwayLeavesWholeChunksAndResumesToTheExactTotal() throws Exception {
		Path csv = folder.resolve("big.csv");
		StringBuilder text = new StringBuilder("First name,Last name,Email,Company,Role\n");
		for (int i = 1; i <= ROWS; i++) {
			text.append("Name").append(i).append(",Surname").append(i).append(",k").append(i)
					.append("@example.com,Company ").append(i % 500).append(",employee\n");
		}
		Files.writeString(csv, text, StandardCharsets.UTF_8);
		Path db = folder.resolve("db");
		new Store(db).close(); // schema created; embedded Derby is then free for the child

		Process child = new ProcessBuilder(javaCommand(), "-cp", classpath(), ImportChild.class.getName(),
				db.toString(), csv.toString()).redirectErrorStream(true).start();
		int committed = 0;
		List<String> output = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				output.add(line);
				if (line.startsWith("committed") && ++committed == 3) {
					child.destroyForcibly(); // SIGKILL: no shutdown hook, no Derby shutdown, mid-chunk
					break;
				}
			}
		}
		assertTrue(child.waitFor(60, TimeUnit.SECONDS));
		assertEquals(3, committed, String.join("\n", output));

		try (Store store = new Store(db)) {
			List<ImportRun> unfinished = store.imports.unfinished();
			assertEquals(1, unfinished.size());
			ImportRun run = unfinished.get(0);
			assertEquals(ImportRun.Status.RUNNING, run.status(), "a killed run is still 'running'");
			assertTrue(run.lastRecord() >= 3 * 2_000 && run.lastRecord() % 2_000 == 0 && run.lastRecord() < ROWS,
					"whole chunks: " + run.lastRecord());
			long persons = store.parties.count(PartyKind.PERSON);
			assertEquals(run.lastRecord(), persons, "every committed row, nothing of the chunk in flight");
			assertEquals(persons, run.counts().persons());
			assertEquals(persons, store.count("SELECT COUNT(*) FROM AFFILIATION"), "no person without its link");
			assertEquals(persons, store.count("SELECT COUNT(*) FROM PARTY WHERE KIND = 'P' AND IMPORT_RUN_ID = " + run.id()));
			assertTrue(run.counts().balanced());

			ImportReport resumed = store.importer.resume(run.id(), new NullProgressMonitor());
			assertEquals(ROWS, resumed.counts().read());
			assertEquals(ROWS, resumed.counts().persons());
			assertEquals(500, resumed.counts().organizations());
			assertEquals(ROWS, store.parties.count(PartyKind.PERSON), "no row twice");
			assertEquals(ROWS, store.count("SELECT COUNT(DISTINCT CONTACT_VALUE) FROM CONTACT_POINT"));
			assertEquals(ROWS, store.count("SELECT COUNT(*) FROM AFFILIATION"));
			assertEquals(500, store.parties.count(PartyKind.ORGANIZATION), "organizations of committed chunks are linked, not re-created");
		}
	}

	private static String javaCommand() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/** The classes of every bundle of this test runtime, nested jars included, as a plain class path. */
	private static String classpath() throws IOException {
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle bundle : FrameworkUtil.getBundle(KilledImportTest.class).getBundleContext().getBundles()) {
			if (bundle.getBundleId() == 0) {
				continue;
			}
			File root = FileLocator.getBundleFileLocation(bundle).orElse(null);
			if (root == null) {
				continue;
			}
			String header = bundle.getHeaders().get("Bundle-ClassPath");
			for (String entry : header == null ? new String[] { "." } : header.split(",")) {
				entry = entry.strip();
				if (entry.equals(".")) {
					entries.add(root.getAbsolutePath());
					for (String output : new String[] { "target/classes", "bin" }) {
						File classes = new File(root, output);
						if (root.isDirectory() && classes.isDirectory()) {
							entries.add(classes.getAbsolutePath());
						}
					}
				} else {
					URL nested = bundle.getEntry(entry);
					if (nested != null) {
						entries.add(new File(FileLocator.toFileURL(nested).getPath()).getAbsolutePath());
					}
				}
			}
		}
		// the framework itself (NLS, OSGi types)
		try {
			entries.add(new File(org.eclipse.osgi.util.NLS.class.getProtectionDomain().getCodeSource().getLocation().toURI())
					.getAbsolutePath());
		} catch (java.net.URISyntaxException e) {
			throw new IOException(e);
		}
		return String.join(File.pathSeparator, entries);
	}
}

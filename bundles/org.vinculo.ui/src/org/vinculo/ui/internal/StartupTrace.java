package org.vinculo.ui.internal;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;

/**
 * With {@code -Dvinculo.trace.timing=true}, notes when each start-up phase was
 * reached and, once the first results are on screen, logs them all in one line
 * in milliseconds after the JVM started (the cold-start figure in
 * docs/BENCHMARKS.md). The JVM's start time is read only then, so that tracing
 * does not load the management classes while the start is being measured.
 * Without the property every call returns at once.
 */
public final class StartupTrace {

	public static final boolean ENABLED = Boolean.getBoolean("vinculo.trace.timing"); //$NON-NLS-1$

	private record Mark(String phase, long at) {
	}

	private static final List<Mark> MARKS = new ArrayList<>();
	private static boolean reported;

	private StartupTrace() {
	}

	/** Notes that {@code phase} was reached now; only the first time counts. */
	public static void mark(String phase) {
		if (!ENABLED) {
			return;
		}
		long now = System.currentTimeMillis();
		synchronized (MARKS) {
			if (!reported && MARKS.stream().noneMatch(m -> m.phase().equals(phase))) {
				MARKS.add(new Mark(phase, now));
			}
		}
	}

	/**
	 * Logs the first results shown (the figure BENCHMARKS.md has always quoted)
	 * and the phases before them; only the first call logs.
	 */
	public static void firstResultsShown(int shown, long total) {
		if (!ENABLED) {
			return;
		}
		long now = System.currentTimeMillis();
		List<Mark> marks;
		synchronized (MARKS) {
			if (reported) {
				return;
			}
			reported = true;
			marks = new ArrayList<>(MARKS);
		}
		long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
		String launcher = System.getProperty("eclipse.startTime"); //$NON-NLS-1$ set by the Equinox launcher
		if (launcher != null && launcher.matches("\\d+")) { //$NON-NLS-1$
			marks.add(0, new Mark("launcher", Long.parseLong(launcher))); //$NON-NLS-1$
		}
		ILog log = ILog.of(StartupTrace.class);
		log.info(String.format(Locale.ROOT, "First %d of %d records shown %d ms after the JVM started", shown, total, //$NON-NLS-1$
				now - jvmStart));
		log.info("Start-up phases, ms after the JVM started: " + marks.stream() //$NON-NLS-1$
				.sorted((a, b) -> Long.compare(a.at(), b.at()))
				.map(m -> m.phase() + ' ' + (m.at() - jvmStart)).collect(Collectors.joining(", "))); //$NON-NLS-1$
	}
}

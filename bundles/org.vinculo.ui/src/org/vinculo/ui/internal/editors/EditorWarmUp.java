package org.vinculo.ui.internal.editors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.vinculo.core.model.Party;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.search.PartySummary;
import org.vinculo.core.service.AffiliationService.Period;
import org.vinculo.core.service.PartyQuery;
import org.vinculo.ui.internal.CoreServices;
import org.vinculo.ui.internal.JobFamilies;
import org.vinculo.ui.internal.Messages;
import org.vinculo.ui.internal.StartupTrace;

/**
 * Once per session, as soon as the first search results are on screen, reads in
 * the background what an editor reads when it opens, for a few parties of each
 * kind, those shown first (then the first of that kind in the index): the
 * record with its lists, the field layout (once per kind) and the first page of
 * affiliations with their count; then, until {@link #WARM_ROWS} affiliations were
 * read, the first page of people of more organizations.
 * <p>
 * The first editor opened in a session otherwise pays for the database compiling
 * each of its statements and for code that has not run yet (0.4-0.7 s instead of
 * about 0.2 s for an organization of 8,730 people, docs/BENCHMARKS.md). Reading the
 * parties the user is looking at also brings their rows into the database's page
 * cache. The reads change nothing; the job runs at the lowest priority, stops when
 * cancelled (by an editor's load, at shutdown), and a read that fails is logged and ends
 * the warm-up without troubling the user, who sees the same failure where it
 * matters, in the editor.
 */
public final class EditorWarmUp extends Job {

	/** How many parties of each kind are read: enough for the code they run to be compiled. */
	public static final int PER_KIND = 8;

	/**
	 * How many affiliation rows the warm-up builds at least: an organization's first page of people
	 * is read by code that the few people of the organizations shown first (a handful each) do not
	 * run often enough for it to be compiled. With about 300 rows the first page of 8,730 people
	 * read in 20 ms instead of 106 ms (docs/BENCHMARKS.md, "The widgets' warm-up").
	 */
	public static final int WARM_ROWS = 300;

	/** At most this many more organizations are read for {@link #WARM_ROWS}. */
	static final int MORE_ORGANIZATIONS = 60;

	/** The results' first paint, and whatever the start-up still does, come first. */
	private static final long DELAY_MS = 500;

	private static final AtomicBoolean SCHEDULED = new AtomicBoolean();

	private final List<PartySummary> parties;
	private volatile int read;
	private volatile int rows;

	public EditorWarmUp(List<PartySummary> parties) {
		super(Messages.EditorWarmUp_name);
		this.parties = List.copyOf(parties);
		setSystem(true);
		setPriority(DECORATE);
	}

	/**
	 * Schedules the warm-up for the first results shown in this session; later
	 * calls do nothing.
	 *
	 * @return whether this call scheduled it
	 */
	public static boolean afterFirstResults(List<PartySummary> shown) {
		if (SCHEDULED.get()) {
			return false; // every later search of the session comes here too
		}
		List<PartySummary> chosen = choose(shown);
		if (chosen.isEmpty() || !SCHEDULED.compareAndSet(false, true)) {
			return false;
		}
		new EditorWarmUp(chosen).schedule(DELAY_MS);
		return true;
	}

	/** The first {@link #PER_KIND} persons and organizations among the parties shown, in their order. */
	public static List<PartySummary> choose(List<PartySummary> shown) {
		List<PartySummary> chosen = new ArrayList<>();
		int persons = 0;
		int organizations = 0;
		for (PartySummary party : shown) {
			if (party.kind() == PartyKind.PERSON && persons < PER_KIND) {
				persons++;
				chosen.add(party);
			} else if (party.kind() == PartyKind.ORGANIZATION && organizations < PER_KIND) {
				organizations++;
				chosen.add(party);
			}
		}
		return chosen;
	}

	/** How many parties were read so far. */
	public int read() {
		return read;
	}

	/** How many affiliation rows were read so far, those of the parties and of more organizations. */
	public int rows() {
		return rows;
	}

	/** Public for tests, which run it with a monitor of their own. */
	@Override
	public IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, parties.size() + PER_KIND);
		long start = System.nanoTime();
		List<PartySummary> toRead = new ArrayList<>(parties);
		try {
			for (PartyKind kind : PartyKind.values()) {
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				long shown = parties.stream().filter(p -> p.kind() == kind).count();
				if (shown < PER_KIND) {
					// a list sorted by name can start with a few hundred persons: their editors are not the only ones
					Set<Long> chosen = toRead.stream().map(PartySummary::id).collect(Collectors.toSet());
					CoreServices.search().search(PartyQuery.all().onlyKind(kind).page(0, PER_KIND)).hits().stream()
							.filter(p -> !chosen.contains(p.id())).limit(PER_KIND - shown).forEach(toRead::add);
				}
			}
			progress.setWorkRemaining(toRead.size());
			Set<PartyKind> laidOut = EnumSet.noneOf(PartyKind.class);
			for (PartySummary party : toRead) {
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				rows += readAsEditorDoes(party, laidOut);
				read++;
				progress.worked(1);
			}
			if (!morePeople(toRead, progress)) {
				return Status.CANCEL_STATUS;
			}
		} catch (RuntimeException e) {
			// the editor reports the same failure when it is opened; nothing to tell the user here
			ILog.of(EditorWarmUp.class).warn("Editor warm-up stopped after " + read + " parties", e); //$NON-NLS-1$
			return Status.OK_STATUS;
		}
		if (StartupTrace.ENABLED) {
			long organizations = toRead.stream().filter(p -> p.kind() == PartyKind.ORGANIZATION).count();
			ILog.of(EditorWarmUp.class).info(String.format(Locale.ROOT,
					"Editor warm-up: %d persons and %d organizations read, %d affiliations, in %.0f ms", //$NON-NLS-1$
					toRead.size() - organizations, organizations, rows, (System.nanoTime() - start) / 1e6));
		}
		return Status.OK_STATUS;
	}

	/**
	 * Until {@link #WARM_ROWS} affiliations were read, the first page of people of more
	 * organizations, the first in the index, as the organization editor reads it.
	 *
	 * @return false if cancelled
	 */
	private boolean morePeople(List<PartySummary> done, SubMonitor progress) {
		if (rows >= WARM_ROWS) {
			return true;
		}
		Set<Long> read = done.stream().map(PartySummary::id).collect(Collectors.toSet());
		List<PartySummary> more = CoreServices.search()
				.search(PartyQuery.all().onlyKind(PartyKind.ORGANIZATION).page(0, MORE_ORGANIZATIONS)).hits();
		progress.setWorkRemaining(more.size());
		for (PartySummary organization : more) {
			if (progress.isCanceled()) {
				return false;
			}
			if (rows >= WARM_ROWS) {
				break;
			}
			if (read.add(organization.id())) {
				rows += OrganizationEditor.people(organization.id(), Period.ALL, 0, PartyEditor.FIRST_AFFILIATIONS)
						.rows().size();
			}
			progress.worked(1);
		}
		return true;
	}

	/**
	 * The reads of {@link PartyEditor}'s first load, through the editors' own read methods and
	 * page size. The field layout is the same for every party of a kind: it is read once per kind.
	 *
	 * @return how many affiliation rows were read
	 */
	private static int readAsEditorDoes(PartySummary party, Set<PartyKind> laidOut) {
		long id = party.id();
		Party record = party.kind() == PartyKind.ORGANIZATION ? OrganizationEditor.read(id) : PersonEditor.read(id);
		if (record != null) {
			PartyEditor.readLists(record);
		}
		if (laidOut.add(party.kind())) {
			FieldLayout.read(PartyEditor.entityType(party.kind()));
		}
		if (party.kind() == PartyKind.ORGANIZATION) {
			return OrganizationEditor.people(id, Period.ALL, 0, PartyEditor.FIRST_AFFILIATIONS).rows().size();
		}
		return PersonEditor.organizations(id).rows().size();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.EDITOR_WARM_UP;
	}
}

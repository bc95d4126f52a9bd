package org.vinculo.core.network.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.vinculo.core.model.AffiliationRole;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.model.RelationshipType;
import org.vinculo.core.network.Introduction;
import org.vinculo.core.network.IntroductionWeights;
import org.vinculo.core.network.LinkType;
import org.vinculo.core.network.Network;
import org.vinculo.core.network.NetworkSource;
import org.vinculo.core.network.NetworkSource.LinkKind;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.RecordEvents;
import org.vinculo.core.service.RelationshipService;

/**
 * The {@link Network} service. At start-up it reads the snapshot of the graph
 * kept beside the database and catches up with what changed since (the
 * parties a later revision stamped, deleted parties, links that ended since
 * the snapshot's day); without a usable snapshot it loads the whole network
 * in the background and writes one. It then keeps the graph current by
 * re-reading the links of both ends of every committed change (Event Admin),
 * bursts coalesced, one change after the other on a single thread, and writes
 * the snapshot again when it stops. Readers always see one consistent graph
 * (copy-on-write).
 */
@Component(service = { Network.class, EventHandler.class }, property = {
		EventConstants.EVENT_TOPIC + "=" + RecordEvents.PARTY_TOPIC + "*", //$NON-NLS-1$ //$NON-NLS-2$
		EventConstants.EVENT_TOPIC + "=" + RecordEvents.AFFILIATION_TOPIC + "*", //$NON-NLS-1$ //$NON-NLS-2$
		EventConstants.EVENT_TOPIC + "=" + RecordEvents.RELATIONSHIP_TOPIC + "*", //$NON-NLS-1$ //$NON-NLS-2$
		EventConstants.EVENT_TOPIC + "=" + RecordEvents.TYPES_TOPIC })
public final class NetworkComponent implements Network, EventHandler {

	private static final String PREFERENCES = "org.vinculo.core.network"; //$NON-NLS-1$
	/** Fold the overlay of edited parties into the compact arrays after this many. */
	private static final int COMPACT_AFTER = 5_000;
	/**
	 * More changed parties than this are read faster by loading everything
	 * again (each costs a few indexed queries; 1M parties load in seconds).
	 */
	static final int CATCH_UP_LIMIT = 5_000;
	/** How long stopping waits for the snapshot to be written. */
	private static final long SAVE_SECONDS = 60;
	static final boolean TRACE_TIMING = Boolean.getBoolean("vinculo.trace.timing"); //$NON-NLS-1$

	/** What an event says about a party, weakest first: its lifecycle may differ, its links did, it was deleted. */
	private static final int FLAGS = 0;
	private static final int LINKS = 1;
	private static final int DELETED = 2;

	private final NetworkSource source;
	private final RelationshipService relationships;
	private final AffiliationService affiliations;
	private volatile EventAdmin eventAdmin;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "Vinculo network"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});

	private volatile NetworkGraph graph;
	private volatile Slots slots;
	private volatile CostModel costs;
	private volatile IntroductionWeights weights = IntroductionWeights.DEFAULTS;
	private volatile boolean closed;
	/** A full load runs: stopping abandons it instead of waiting. */
	private volatile boolean loading;
	/** A full reload is waiting on the worker: further bulk chunks need no other. */
	private final java.util.concurrent.atomic.AtomicBoolean reloadQueued = new java.util.concurrent.atomic.AtomicBoolean();
	/** Parties events named, not yet read again; drained on the worker as one batch. */
	private final Map<Long, Integer> dirty = new ConcurrentHashMap<>();
	private final java.util.concurrent.atomic.AtomicBoolean drainQueued = new java.util.concurrent.atomic.AtomicBoolean();

	// worker thread only: what the graph reflects, and what the snapshot on disk holds
	private long appliedRevision = -1;
	private LocalDate appliedDay;
	private String databaseId;
	private NetworkGraph savedGraph;
	private long savedRevision = -1;
	private LocalDate savedDay;
	/** How the graph was made ready at start, for the log, benchmarks and tests. */
	private volatile String startedFrom = ""; //$NON-NLS-1$

	@Activate
	public NetworkComponent(@Reference NetworkSource source, @Reference RelationshipService relationships,
			@Reference AffiliationService affiliations) {
		this.source = source;
		this.relationships = relationships;
		this.affiliations = affiliations;
		this.weights = readWeights();
		worker.execute(this::start);
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setEventAdmin(EventAdmin admin) {
		eventAdmin = admin;
		if (graph != null) {
			post(); // ready (from the snapshot, in a fraction of a second) before Event Admin was bound: say so now
		}
	}

	void unsetEventAdmin(EventAdmin admin) {
		if (eventAdmin == admin) {
			eventAdmin = null;
		}
	}

	/**
	 * Writes the snapshot (after catching up) unless a full load is still
	 * running, then stops the worker.
	 */
	@Deactivate
	public void deactivate() {
		if (loading) {
			closed = true; // the load gives up; the next start loads again
		} else {
			java.util.concurrent.Future<?> saving = worker.submit(this::save);
			try {
				saving.get(SAVE_SECONDS, TimeUnit.SECONDS);
			} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
				ILog.of(NetworkComponent.class).warn("The relationship network snapshot was not written", e); //$NON-NLS-1$
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (java.util.concurrent.RejectedExecutionException e) {
				// already stopped
			}
		}
		closed = true;
		worker.shutdownNow();
	}

	/** Waits until the work queued so far (the load, edits) is applied; for tests and benchmarks. */
	public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
		java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
		worker.execute(done::countDown);
		return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
	}

	/** "snapshot" or "database": where the graph came from at start (benchmarks, tests); empty until ready. */
	public String startedFrom() {
		return startedFrom;
	}

	// --- starting ----------------------------------------------------------

	private void start() {
		if (closed) {
			return;
		}
		if (restore()) {
			startedFrom = "snapshot"; //$NON-NLS-1$
			post();
			return;
		}
		if (load()) {
			startedFrom = "database"; //$NON-NLS-1$
			save(); // so that the next start is quick even if this session does not end cleanly
		}
	}

	/** Takes the snapshot and catches up with the database; false when there is none or it cannot be used. */
	private boolean restore() {
		Path file;
		try {
			file = source.snapshotFile();
		} catch (RuntimeException e) {
			return false;
		}
		if (file == null || !Files.isRegularFile(file)) {
			return false;
		}
		long begin = System.nanoTime();
		try {
			NetworkSource.Revisions now = source.revisions();
			GraphSnapshot.Loaded loaded = GraphSnapshot.read(file);
			GraphSnapshot.Stamp stamp = loaded.stamp();
			LocalDate today = LocalDate.now();
			String refused = !stamp.databaseId().equals(now.databaseId()) ? "it belongs to another database" //$NON-NLS-1$
					: stamp.revision() > now.revision() ? "it is newer than the database" //$NON-NLS-1$
							: stamp.revision() < now.linksBulkRevision() ? "links were written in bulk since" //$NON-NLS-1$
									: stamp.day().isAfter(today) ? "it was taken on a later day" : null; //$NON-NLS-1$
			if (refused != null) {
				ILog.of(NetworkComponent.class).info("The relationship network snapshot is not used: " + refused); //$NON-NLS-1$
				return false;
			}
			long[] deleted = source.deletedSince(stamp.revision());
			long[] changed = source.changedSince(stamp.revision());
			long[] ended = source.endingBetween(stamp.day(), today);
			int behind = deleted.length + changed.length + ended.length;
			if (behind > CATCH_UP_LIMIT) {
				ILog.of(NetworkComponent.class).info(String.format(java.util.Locale.ROOT,
						"The relationship network snapshot is %,d parties behind; loading everything instead", behind)); //$NON-NLS-1$
				return false;
			}
			double readMillis = (System.nanoTime() - begin) / 1e6;
			Slots restored = Slots.ofKeys(stamp.slotKeys()).withTypes(relationships.types(true), affiliations.roles(true));
			NetworkGraph caughtUp = rereadAll(loaded.graph(), restored, batch(deleted, union(changed, ended)));
			publish(caughtUp, restored, now, today);
			if (behind == 0) {
				savedGraph = caughtUp;
				savedRevision = stamp.revision();
				savedDay = stamp.day();
			}
			ILog.of(NetworkComponent.class).info(String.format(java.util.Locale.ROOT,
					"Relationship network read from its snapshot: %,d parties, %.0f MB, in %.0f ms; %,d parties caught up in %.0f ms", //$NON-NLS-1$
					caughtUp.nodeCount(), caughtUp.estimatedBytes() / 1e6, readMillis, behind,
					(System.nanoTime() - begin) / 1e6 - readMillis));
			return true;
		} catch (IOException | RuntimeException e) {
			ILog.of(NetworkComponent.class).warn("The relationship network snapshot could not be used; loading from the database", e); //$NON-NLS-1$
			return false;
		}
	}

	private static long[] union(long[] a, long[] b) {
		return java.util.stream.LongStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).sorted()
				.distinct().toArray();
	}

	// --- loading -----------------------------------------------------------

	/**
	 * Reads every party and link; the previous graph (if any) answers until the
	 * new one is complete. False when it failed or was abandoned.
	 */
	private boolean load() {
		if (closed) {
			return false;
		}
		loading = true;
		try {
			long start = System.nanoTime();
			// first: every write up to this revision is in what is read next
			NetworkSource.Revisions revisions = source.revisions();
			LocalDate today = LocalDate.now();
			Slots newSlots = Slots.of(relationships.types(true), affiliations.roles(true));
			NetworkGraph.Builder builder = NetworkGraph.builder(1 << 16, 1 << 18);
			source.readNodes((id, organization, activeCustomer) -> builder.node(id,
					(organization ? NetworkGraph.ORGANIZATION : 0) | (activeCustomer ? NetworkGraph.ACTIVE_CUSTOMER : 0)));
			source.readLinks(today, (kind, typeId, from, to, past) -> {
				if (closed) {
					throw new java.util.concurrent.CancellationException();
				}
				builder.link(from, to, newSlots.slot(kind, typeId), past);
			});
			NetworkGraph built = builder.build();
			publish(built, newSlots, revisions, today);
			ILog.of(NetworkComponent.class).info(String.format(java.util.Locale.ROOT,
					"Relationship network loaded: %,d parties, %.0f MB, in %.0f ms", //$NON-NLS-1$
					built.nodeCount(), built.estimatedBytes() / 1e6, (System.nanoTime() - start) / 1e6));
			post();
			return true;
		} catch (java.util.concurrent.CancellationException e) {
			return false;
		} catch (RuntimeException e) {
			if (!closed) {
				ILog.of(NetworkComponent.class).error("The relationship network could not be loaded", e); //$NON-NLS-1$
			}
			return false;
		} finally {
			loading = false;
		}
	}

	/** Makes a loaded or restored graph the one that answers, as of the database's revision and the day. */
	private void publish(NetworkGraph ready, Slots readySlots, NetworkSource.Revisions revisions, LocalDate day) {
		slots = readySlots;
		costs = readySlots.costs(weights);
		graph = ready;
		databaseId = revisions.databaseId();
		appliedRevision = revisions.revision();
		appliedDay = day;
	}

	private void post() {
		EventAdmin admin = eventAdmin;
		if (admin != null) {
			admin.postEvent(new Event(TOPIC_READY, Map.of()));
		}
	}

	// --- the snapshot --------------------------------------------------------

	/**
	 * On the worker: catches up with the database, then writes the graph to
	 * its snapshot unless the file already holds exactly this.
	 */
	private void save() {
		if (closed || graph == null || slots == null) {
			return;
		}
		try {
			catchUp();
			NetworkGraph current = graph;
			Slots known = slots;
			if (current == null || known == null || databaseId == null
					|| (current == savedGraph && appliedRevision == savedRevision && appliedDay.equals(savedDay))) {
				return;
			}
			long begin = System.nanoTime();
			NetworkGraph compact = current.compacted();
			graph = compact; // the same parties and links, renumbered
			Path file = source.snapshotFile();
			if (file == null) {
				return;
			}
			GraphSnapshot.write(file, compact, new GraphSnapshot.Stamp(databaseId, appliedRevision, appliedDay, known.keys()));
			savedGraph = compact;
			savedRevision = appliedRevision;
			savedDay = appliedDay;
			if (TRACE_TIMING) {
				ILog.of(NetworkComponent.class).info(String.format(java.util.Locale.ROOT,
						"Relationship network snapshot written in %.0f ms: %s", (System.nanoTime() - begin) / 1e6, file)); //$NON-NLS-1$
			}
		} catch (IOException | RuntimeException e) {
			ILog.of(NetworkComponent.class).warn("The relationship network snapshot could not be written", e); //$NON-NLS-1$
		}
	}

	/**
	 * On the worker: reads again every party a write after the applied revision
	 * stamped, the deleted ones and the ends of links that ended since; loads
	 * everything when links were written in bulk or too much changed.
	 */
	private void catchUp() {
		if (appliedRevision < 0 || graph == null) {
			return;
		}
		NetworkSource.Revisions now = source.revisions();
		LocalDate today = LocalDate.now();
		if (now.revision() == appliedRevision && today.equals(appliedDay)) {
			return;
		}
		if (now.linksBulkRevision() > appliedRevision) {
			load();
			return;
		}
		long[] deleted = source.deletedSince(appliedRevision);
		long[] changed = union(source.changedSince(appliedRevision), source.endingBetween(appliedDay, today));
		if (deleted.length + changed.length > CATCH_UP_LIMIT) {
			load();
			return;
		}
		graph = rereadAll(graph, slots, batch(deleted, changed));
		appliedRevision = now.revision();
		appliedDay = today;
	}

	// --- keeping current ---------------------------------------------------

	@Override
	public void handleEvent(Event event) {
		if (closed) {
			return;
		}
		String topic = event.getTopic();
		if (topic.equals(RecordEvents.TYPES_TOPIC)) {
			worker.execute(this::reloadTypes);
		} else if (topic.endsWith(RecordEvents.BULK_CREATED)) {
			// new parties have no links yet: they enter the graph with their first link
			if (!topic.startsWith(RecordEvents.PARTY_TOPIC)) {
				reloadAll();
			}
		} else if (topic.startsWith(RecordEvents.PARTY_TOPIC)) {
			Object id = event.getProperty(RecordEvents.ID);
			if (id instanceof Long party) {
				// an edit may have changed the lifecycle (active customers rank better); names are not in the graph
				mark(party, topic.endsWith(RecordEvents.DELETED) ? DELETED
						: topic.endsWith(RecordEvents.UPDATED) ? FLAGS : LINKS);
			} else if (topic.endsWith(RecordEvents.DELETED)) {
				reloadAll(); // parties deleted by count (an import undone): no ids to read again
			}
		} else {
			String from = topic.startsWith(RecordEvents.AFFILIATION_TOPIC) ? RecordEvents.PERSON_ID : RecordEvents.FROM_ID;
			String to = topic.startsWith(RecordEvents.AFFILIATION_TOPIC) ? RecordEvents.ORGANIZATION_ID : RecordEvents.TO_ID;
			if (event.getProperty(from) instanceof Long one) {
				mark(one, LINKS);
			}
			if (event.getProperty(to) instanceof Long other) {
				mark(other, LINKS);
			}
		}
	}

	/** Reads everything again, once for a burst of bulk chunks (imports, generators, merges). */
	private void reloadAll() {
		if (reloadQueued.compareAndSet(false, true)) {
			worker.execute(() -> {
				reloadQueued.set(false);
				load();
			});
		}
	}

	private void mark(long party, int what) {
		dirty.merge(party, what, Math::max);
		if (drainQueued.compareAndSet(false, true)) {
			worker.execute(this::drain);
		}
	}

	/** Reads again the parties marked so far, as one batch; a very large batch loads everything instead. */
	private void drain() {
		drainQueued.set(false);
		if (closed || dirty.isEmpty()) {
			return;
		}
		Map<Long, Integer> batch = new HashMap<>();
		for (Long party : List.copyOf(dirty.keySet())) {
			Integer what = dirty.remove(party);
			if (what != null) {
				batch.put(party, what);
			}
		}
		NetworkGraph current = graph;
		Slots known = slots;
		if (current == null || known == null) {
			return; // the load that is queued or running reads them
		}
		if (batch.size() > CATCH_UP_LIMIT) {
			load();
			return;
		}
		NetworkGraph next = rereadAll(current, known, batch);
		if (next.overlaySize() > COMPACT_AFTER) {
			next = next.compacted();
		}
		graph = next;
	}

	private static Map<Long, Integer> batch(long[] deleted, long[] changed) {
		Map<Long, Integer> batch = new HashMap<>();
		for (long party : changed) {
			batch.put(party, LINKS);
		}
		for (long party : deleted) {
			batch.put(party, DELETED);
		}
		return batch;
	}

	/**
	 * The graph with a batch of parties read again. Parties the graph does not
	 * know yet enter it first, so that links among them are kept whichever
	 * end is read first.
	 */
	private NetworkGraph rereadAll(NetworkGraph current, Slots known, Map<Long, Integer> batch) {
		NetworkGraph next = current;
		for (Map.Entry<Long, Integer> entry : batch.entrySet()) {
			long party = entry.getKey();
			if (entry.getValue() != DELETED && next.indexOf(party) < 0) {
				try {
					NetworkSource.Node stored = source.node(party);
					if (stored != null) {
						next = next.withParty(party, flags(stored), new long[0], new byte[0]);
					}
				} catch (RuntimeException e) {
					ILog.of(NetworkComponent.class).error("Could not add party " + party + " to the relationship network", e); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		for (Map.Entry<Long, Integer> entry : batch.entrySet()) {
			next = reread(next, known, entry.getKey(), entry.getValue());
		}
		return next;
	}

	/**
	 * The graph with one party read again: its kind, lifecycle and links (only
	 * when the lifecycle differs, for {@link #FLAGS}); a party that no longer
	 * exists leaves the graph, and for {@link #DELETED} its former neighbours
	 * are read again too. Errors are logged and leave the graph as it was.
	 */
	private NetworkGraph reread(NetworkGraph current, Slots known, long partyId, int what) {
		try {
			if (what == FLAGS) {
				int node = current.indexOf(partyId);
				NetworkSource.Node stored = source.node(partyId);
				if (node >= 0 && stored != null && current.flags(node) == flags(stored)) {
					return current;
				}
				return adjacencyOf(current, known, partyId);
			}
			long[] neighbours = what == DELETED ? neighbourIds(current, partyId) : new long[0];
			NetworkGraph next = adjacencyOf(current, known, partyId);
			for (long neighbour : neighbours) {
				next = adjacencyOf(next, known, neighbour);
			}
			return next;
		} catch (RuntimeException e) {
			ILog.of(NetworkComponent.class).error("Could not update the relationship network for party " + partyId, e); //$NON-NLS-1$
			return current;
		}
	}

	private static int flags(NetworkSource.Node node) {
		return (node.organization() ? NetworkGraph.ORGANIZATION : 0)
				| (node.activeCustomer() ? NetworkGraph.ACTIVE_CUSTOMER : 0);
	}

	private NetworkGraph adjacencyOf(NetworkGraph current, Slots known, long partyId) {
		NetworkSource.Node stored = source.node(partyId);
		if (stored == null) {
			return current.withoutParty(partyId);
		}
		List<long[]> entries = new ArrayList<>();
		source.readLinksOf(partyId, LocalDate.now(), (kind, typeId, from, to, past) -> {
			int attr = known.slot(kind, typeId) | (past ? NetworkGraph.PAST : 0);
			if (from == partyId) {
				entries.add(new long[] { to, attr });
			} else {
				entries.add(new long[] { from, attr | NetworkGraph.INVERSE });
			}
		});
		long[] others = new long[entries.size()];
		byte[] attrs = new byte[entries.size()];
		for (int i = 0; i < others.length; i++) {
			others[i] = entries.get(i)[0];
			attrs[i] = (byte) entries.get(i)[1];
		}
		return current.withParty(partyId, flags(stored), others, attrs);
	}

	private static long[] neighbourIds(NetworkGraph g, long partyId) {
		int node = g.indexOf(partyId);
		if (node < 0) {
			return new long[0];
		}
		long[] result = new long[g.degree(node)];
		int[] count = { 0 };
		g.forEachNeighbour(node, (other, attr) -> {
			if (count[0] < result.length) {
				result[count[0]++] = g.idAt(other);
			}
			return true;
		});
		return java.util.Arrays.copyOf(result, count[0]);
	}

	/** Names or strengths of types changed: new labels and costs; a new type gets a slot on first use. */
	private void reloadTypes() {
		Slots known = slots;
		if (known == null) {
			return;
		}
		Slots renamed = known.withTypes(relationships.types(true), affiliations.roles(true));
		slots = renamed;
		costs = renamed.costs(weights);
		post();
	}

	/** The graph as of now (benchmarks, tests); {@code null} until loaded. */
	public NetworkGraph graph() {
		return graph;
	}

	/** The costs ranking uses now (benchmarks, tests). */
	public CostModel costModel() {
		return costs;
	}

	// --- answering ---------------------------------------------------------

	@Override
	public boolean isReady() {
		return graph != null;
	}

	@Override
	public List<Introduction> introductions(long ourOrganizationId, long targetId, int limit) {
		NetworkGraph g = graph;
		Slots known = slots;
		CostModel model = costs;
		if (g == null || known == null) {
			return List.of();
		}
		List<IntroductionFinder.RankedPath> paths = IntroductionFinder.topPaths(g, model, ourOrganizationId, targetId,
				limit, weights.maxHops());
		if (paths.isEmpty()) {
			return List.of();
		}
		Map<Long, NetworkSource.Named> names = names(paths.stream().flatMapToLong(p -> java.util.Arrays.stream(p.partyIds()))
				.distinct().toArray());
		// every shown link's dates in one go
		java.util.Set<NetworkSource.LinkKey> keys = new java.util.LinkedHashSet<>();
		for (IntroductionFinder.RankedPath path : paths) {
			for (int i = 0; i < path.attrs().length; i++) {
				NetworkSource.LinkKey key = key(known, path, i);
				if (key != null) {
					keys.add(key);
				}
			}
		}
		Map<NetworkSource.LinkKey, NetworkSource.Period> periods = source.periods(keys);
		List<Introduction> result = new ArrayList<>(paths.size());
		for (IntroductionFinder.RankedPath path : paths) {
			List<Introduction.Party> parties = new ArrayList<>();
			for (long id : path.partyIds()) {
				NetworkSource.Named named = names.get(id);
				parties.add(named == null ? new Introduction.Party(id, PartyKind.PERSON, "#" + id) //$NON-NLS-1$
						: new Introduction.Party(id, named.organization() ? PartyKind.ORGANIZATION : PartyKind.PERSON,
								named.name()));
			}
			List<Introduction.Step> steps = new ArrayList<>();
			for (int i = 0; i < path.attrs().length; i++) {
				int attr = path.attrs()[i];
				LinkType type = known.type(attr & NetworkGraph.SLOT_MASK);
				boolean forward = (attr & NetworkGraph.INVERSE) == 0;
				NetworkSource.LinkKey key = key(known, path, i);
				NetworkSource.Period period = key == null ? null : periods.get(key);
				steps.add(new Introduction.Step(type, forward, type == null ? "?" : type.label(forward), //$NON-NLS-1$
						(attr & NetworkGraph.PAST) != 0, period == null ? null : period.since(),
						period == null ? null : period.until()));
			}
			result.add(new Introduction(result.size() + 1, path.cost(), List.copyOf(parties), List.copyOf(steps),
					Explanations.explain(parties, steps)));
		}
		return result;
	}

	/** The stored link walked at step {@code i} of a path (ends as stored), or null for a type beyond the slots. */
	private static NetworkSource.LinkKey key(Slots known, IntroductionFinder.RankedPath path, int i) {
		int attr = path.attrs()[i];
		LinkType type = known.type(attr & NetworkGraph.SLOT_MASK);
		if (type == null) {
			return null;
		}
		boolean forward = (attr & NetworkGraph.INVERSE) == 0;
		long from = forward ? path.partyIds()[i] : path.partyIds()[i + 1];
		long to = forward ? path.partyIds()[i + 1] : path.partyIds()[i];
		return new NetworkSource.LinkKey(type.kind(), type.typeId(), from, to);
	}

	private Map<Long, NetworkSource.Named> names(long[] ids) {
		Map<Long, NetworkSource.Named> result = new HashMap<>();
		for (NetworkSource.Named named : source.names(ids)) {
			result.put(named.partyId(), named);
		}
		return result;
	}

	@Override
	public org.vinculo.core.network.Neighbourhood around(long centreId, int depth, List<LinkType> shownTypes,
			boolean includePast, int maxPerParty, int maxParties) {
		NetworkGraph g = graph;
		Slots known = slots;
		if (g == null || known == null || g.indexOf(centreId) < 0) {
			return new org.vinculo.core.network.Neighbourhood(centreId, List.of(), List.of(), List.of());
		}
		long filter = shownTypes == null ? -1L : known.mask(shownTypes);
		Neighbourhood found = Neighbourhood.around(g, centreId, Math.max(1, Math.min(3, depth)), filter, includePast,
				maxPerParty, maxParties);
		Map<Long, NetworkSource.Named> names = names(found.nodes().stream().mapToLong(Neighbourhood.Node::partyId).toArray());
		List<org.vinculo.core.network.Neighbourhood.Node> nodes = new ArrayList<>();
		for (Neighbourhood.Node node : found.nodes()) {
			NetworkSource.Named named = names.get(node.partyId());
			boolean organization = (node.flags() & NetworkGraph.ORGANIZATION) != 0;
			nodes.add(new org.vinculo.core.network.Neighbourhood.Node(node.partyId(),
					organization ? PartyKind.ORGANIZATION : PartyKind.PERSON,
					named == null ? "#" + node.partyId() : named.name(), node.depth(), node.degree())); //$NON-NLS-1$
		}
		List<org.vinculo.core.network.Neighbourhood.Link> links = new ArrayList<>();
		for (Neighbourhood.Link link : found.links()) {
			links.add(new org.vinculo.core.network.Neighbourhood.Link(link.fromId(), link.toId(),
					known.type(link.attr() & NetworkGraph.SLOT_MASK), (link.attr() & NetworkGraph.INVERSE) == 0,
					(link.attr() & NetworkGraph.PAST) != 0));
		}
		List<org.vinculo.core.network.Neighbourhood.Group> groups = new ArrayList<>();
		for (Neighbourhood.Group group : found.groups()) {
			groups.add(new org.vinculo.core.network.Neighbourhood.Group(group.parentId(), known.type(group.slot()),
					(group.attrExample() & NetworkGraph.INVERSE) == 0, group.count()));
		}
		return new org.vinculo.core.network.Neighbourhood(centreId, nodes, links, groups);
	}

	@Override
	public List<LinkType> linkTypes() {
		Slots known = slots;
		return known == null ? List.of() : known.types();
	}

	@Override
	public IntroductionWeights weights() {
		return weights;
	}

	@Override
	public void setWeights(IntroductionWeights newWeights) {
		weights = newWeights;
		Slots known = slots;
		if (known != null) {
			costs = known.costs(newWeights);
		}
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PREFERENCES);
		node.putDouble("hopCost", newWeights.hopCost()); //$NON-NLS-1$
		node.putDouble("typeWeight", newWeights.typeWeight()); //$NON-NLS-1$
		node.putDouble("pastPenalty", newWeights.pastPenalty()); //$NON-NLS-1$
		node.putDouble("nonCustomerPenalty", newWeights.nonCustomerPenalty()); //$NON-NLS-1$
		node.putInt("maxHops", newWeights.maxHops()); //$NON-NLS-1$
		try {
			node.flush();
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			ILog.of(NetworkComponent.class).error("Could not save the introduction weights", e); //$NON-NLS-1$
		}
	}

	private static IntroductionWeights readWeights() {
		IntroductionWeights d = IntroductionWeights.DEFAULTS;
		try {
			IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PREFERENCES);
			return new IntroductionWeights(node.getDouble("hopCost", d.hopCost()), //$NON-NLS-1$
					node.getDouble("typeWeight", d.typeWeight()), node.getDouble("pastPenalty", d.pastPenalty()), //$NON-NLS-1$ //$NON-NLS-2$
					node.getDouble("nonCustomerPenalty", d.nonCustomerPenalty()), node.getInt("maxHops", d.maxHops())); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException | IllegalStateException e) {
			return d; // broken or unavailable preferences: the documented defaults
		}
	}

	/**
	 * The table from the graph's 6-bit link slots to link types: affiliation roles
	 * and relationship types share the 64 slots; the last slot takes any type
	 * beyond them (ranked with the default strength).
	 */
	static final class Slots {
		static final int OVERFLOW = NetworkGraph.SLOT_MASK;
		private final Map<String, Integer> slotByKey;
		private final LinkType[] types;

		private Slots(Map<String, Integer> slotByKey, LinkType[] types) {
			this.slotByKey = slotByKey;
			this.types = types;
		}

		static Slots of(List<RelationshipType> relationshipTypes, List<AffiliationRole> roles) {
			return new Slots(new LinkedHashMap<>(), new LinkType[OVERFLOW + 1]).withTypes(relationshipTypes, roles);
		}

		/** The slots a snapshot was written with ({@link #keys()}), before the types are filled in. */
		static Slots ofKeys(List<String> keys) {
			Map<String, Integer> slotByKey = new LinkedHashMap<>();
			for (String key : keys) {
				slotByKey.putIfAbsent(key, Math.min(slotByKey.size(), OVERFLOW));
			}
			return new Slots(slotByKey, new LinkType[OVERFLOW + 1]);
		}

		/** The types' keys in the order they got their slots, for a snapshot. */
		List<String> keys() {
			return List.copyOf(slotByKey.keySet());
		}

		/** Same slots for known types (the graph keeps them), new slots for new types, labels and strengths refreshed. */
		Slots withTypes(List<RelationshipType> relationshipTypes, List<AffiliationRole> roles) {
			Map<String, Integer> keys = new LinkedHashMap<>(slotByKey);
			LinkType[] table = types.clone();
			for (AffiliationRole role : roles) {
				String roleLabel = lowerFirst(role.getLabel());
				put(keys, table, new LinkType(LinkKind.AFFILIATION, role.getId(), role.getCode(),
						org.eclipse.osgi.util.NLS.bind(Messages.Affiliation_forward, roleLabel),
						org.eclipse.osgi.util.NLS.bind(Messages.Affiliation_inverse, roleLabel), false, role.getStrength()));
			}
			for (RelationshipType type : relationshipTypes) {
				put(keys, table, new LinkType(LinkKind.RELATIONSHIP, type.getId(), type.getCode(), type.getLabel(),
						type.getInverseLabel(), type.isSymmetric(), type.getStrength()));
			}
			return new Slots(keys, table);
		}

		private static void put(Map<String, Integer> keys, LinkType[] table, LinkType type) {
			String key = key(type.kind(), type.typeId());
			Integer slot = keys.get(key);
			if (slot == null) {
				slot = Math.min(keys.size(), OVERFLOW);
				keys.put(key, slot);
			}
			if (slot < OVERFLOW || table[OVERFLOW] == null) {
				table[slot] = type;
			}
		}

		private static String lowerFirst(String label) {
			return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
		}

		private static String key(LinkKind kind, long typeId) {
			return kind.name().charAt(0) + Long.toString(typeId);
		}

		int slot(LinkKind kind, long typeId) {
			Integer slot = slotByKey.get(key(kind, typeId));
			return slot == null ? OVERFLOW : slot;
		}

		LinkType type(int slot) {
			return types[slot];
		}

		List<LinkType> types() {
			List<LinkType> result = new ArrayList<>();
			for (LinkType type : types) {
				if (type != null) {
					result.add(type);
				}
			}
			return result;
		}

		long mask(List<LinkType> shown) {
			long mask = 0;
			for (LinkType type : shown) {
				mask |= 1L << slot(type.kind(), type.typeId());
			}
			return mask;
		}

		CostModel costs(IntroductionWeights weights) {
			double[] strength = new double[OVERFLOW + 1];
			for (int slot = 0; slot <= OVERFLOW; slot++) {
				strength[slot] = types[slot] == null ? 0.5 : types[slot].strength() / 100.0;
			}
			return CostModel.of(weights.hopCost(), weights.typeWeight(), weights.pastPenalty(),
					weights.nonCustomerPenalty(), strength);
		}
	}
}

package org.vinculo.core.network.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The {@link Network} service: loads the whole network into a
 * {@link NetworkGraph} in the background at start-up, then keeps it current by
 * re-reading the links of both ends of every committed change (Event Admin),
 * one change after the other on a single thread. Readers always see one
 * consistent graph (copy-on-write).
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
	static final boolean TRACE_TIMING = Boolean.getBoolean("vinculo.trace.timing"); //$NON-NLS-1$

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
	/** A full reload is waiting on the worker: further bulk chunks need no other. */
	private final java.util.concurrent.atomic.AtomicBoolean reloadQueued = new java.util.concurrent.atomic.AtomicBoolean();

	@Activate
	public NetworkComponent(@Reference NetworkSource source, @Reference RelationshipService relationships,
			@Reference AffiliationService affiliations) {
		this.source = source;
		this.relationships = relationships;
		this.affiliations = affiliations;
		this.weights = readWeights();
		worker.execute(this::load);
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setEventAdmin(EventAdmin admin) {
		eventAdmin = admin;
	}

	void unsetEventAdmin(EventAdmin admin) {
		if (eventAdmin == admin) {
			eventAdmin = null;
		}
	}

	@Deactivate
	public void deactivate() {
		closed = true;
		worker.shutdownNow();
	}

	/** Waits until the work queued so far (the load, edits) is applied; for tests and benchmarks. */
	public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
		java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
		worker.execute(done::countDown);
		return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
	}

	// --- loading -----------------------------------------------------------

	/** Reads every party and link; the previous graph (if any) answers until the new one is complete. */
	private void load() {
		if (closed) {
			return;
		}
		try {
			long start = System.nanoTime();
			Slots newSlots = Slots.of(relationships.types(true), affiliations.roles(true));
			NetworkGraph.Builder builder = NetworkGraph.builder(1 << 16, 1 << 18);
			source.readNodes((id, organization) -> builder.node(id, organization ? NetworkGraph.ORGANIZATION : 0));
			LocalDate today = LocalDate.now();
			source.readLinks(today, (kind, typeId, from, to, past) -> builder.link(from, to, newSlots.slot(kind, typeId), past));
			NetworkGraph built = builder.build();
			slots = newSlots;
			costs = newSlots.costs(weights);
			graph = built;
			ILog.of(NetworkComponent.class).info(String.format(java.util.Locale.ROOT,
					"Relationship network loaded: %,d parties, %.0f MB, in %.0f ms", //$NON-NLS-1$
					built.nodeCount(), built.estimatedBytes() / 1e6, (System.nanoTime() - start) / 1e6));
			post();
		} catch (RuntimeException e) {
			if (!closed) {
				ILog.of(NetworkComponent.class).error("The relationship network could not be loaded", e); //$NON-NLS-1$
			}
		}
	}

	private void post() {
		EventAdmin admin = eventAdmin;
		if (admin != null) {
			admin.postEvent(new Event(TOPIC_READY, Map.of()));
		}
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
			if (!topic.startsWith(RecordEvents.PARTY_TOPIC) && reloadQueued.compareAndSet(false, true)) {
				// no ids: read everything again, once for a burst of chunks (imports, generators)
				worker.execute(() -> {
					reloadQueued.set(false);
					load();
				});
			}
		} else if (topic.startsWith(RecordEvents.PARTY_TOPIC)) {
			if (!topic.endsWith(RecordEvents.UPDATED)) { // names are not in the graph
				Object id = event.getProperty(RecordEvents.ID);
				if (id instanceof Long party) {
					worker.execute(() -> refresh(party, topic.endsWith(RecordEvents.DELETED)));
				}
			}
		} else {
			String from = topic.startsWith(RecordEvents.AFFILIATION_TOPIC) ? RecordEvents.PERSON_ID : RecordEvents.FROM_ID;
			String to = topic.startsWith(RecordEvents.AFFILIATION_TOPIC) ? RecordEvents.ORGANIZATION_ID : RecordEvents.TO_ID;
			Object a = event.getProperty(from);
			Object b = event.getProperty(to);
			worker.execute(() -> {
				if (a instanceof Long one) {
					refresh(one, false);
				}
				if (b instanceof Long other) {
					refresh(other, false);
				}
			});
		}
	}

	/**
	 * Reads one party's links again and replaces its adjacency; a deleted party
	 * leaves the graph and its former neighbours are read again too.
	 */
	private void refresh(long partyId, boolean deleted) {
		NetworkGraph current = graph;
		Slots known = slots;
		if (current == null || known == null) {
			return; // the load that is queued or running reads it
		}
		try {
			if (deleted) {
				long[] neighbours = neighbourIds(current, partyId);
				NetworkGraph next = current.withoutParty(partyId);
				graph = next;
				for (long neighbour : neighbours) {
					graph = adjacencyOf(graph, known, neighbour);
				}
			} else {
				graph = adjacencyOf(current, known, partyId);
			}
			if (graph.overlaySize() > COMPACT_AFTER) {
				graph = graph.compacted();
			}
		} catch (RuntimeException e) {
			ILog.of(NetworkComponent.class).error("Could not update the relationship network for party " + partyId, e); //$NON-NLS-1$
		}
	}

	private NetworkGraph adjacencyOf(NetworkGraph current, Slots known, long partyId) {
		Boolean organization = source.isOrganization(partyId);
		if (organization == null) {
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
		int flags = organization ? NetworkGraph.ORGANIZATION : 0;
		int index = current.indexOf(partyId);
		if (index >= 0) {
			flags |= current.flags(index) & ~NetworkGraph.ORGANIZATION;
		}
		return current.withParty(partyId, flags, others, attrs);
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
				long from = forward ? path.partyIds()[i] : path.partyIds()[i + 1];
				long to = forward ? path.partyIds()[i + 1] : path.partyIds()[i];
				NetworkSource.Period period = type == null ? null : source.period(type.kind(), type.typeId(), from, to);
				steps.add(new Introduction.Step(type, forward, type == null ? "?" : type.label(forward), //$NON-NLS-1$
						(attr & NetworkGraph.PAST) != 0, period == null ? null : period.since(),
						period == null ? null : period.until()));
			}
			result.add(new Introduction(result.size() + 1, path.cost(), List.copyOf(parties), List.copyOf(steps),
					Explanations.explain(parties, steps)));
		}
		return result;
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

package org.vinculo.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import java.util.Optional;

import org.vinculo.core.dedupe.DuplicateService;
import org.vinculo.core.dedupe.MergeService;
import org.vinculo.core.exchange.ImportService;
import org.vinculo.core.exchange.VCardService;
import org.vinculo.core.model.Party;
import org.vinculo.core.network.Network;
import org.vinculo.core.search.PartySearch;
import org.vinculo.core.search.PartySummary;
import org.vinculo.core.service.ActivityService;
import org.vinculo.core.service.AffiliationService;
import org.vinculo.core.service.ChoiceListService;
import org.vinculo.core.service.FieldService;
import org.vinculo.core.service.PartyService;
import org.vinculo.core.service.RelationshipService;
import org.vinculo.core.terms.Terminology;

/**
 * Looks up the core services from the OSGi registry. Call from jobs, not from
 * the UI thread: the first lookup opens the database.
 */
public final class CoreServices {

	private static final long WAIT_MILLIS = 30_000;

	private CoreServices() {
	}

	public static PartyService parties() {
		return get(PartyService.class);
	}

	public static PartySearch search() {
		return get(PartySearch.class);
	}

	/** Loads the full record of a search result, or empty when it was deleted meanwhile. */
	public static Optional<Party> load(PartySummary summary) {
		return parties().find(summary.id());
	}

	public static AffiliationService affiliations() {
		return get(AffiliationService.class);
	}

	public static RelationshipService relationships() {
		return get(RelationshipService.class);
	}

	public static ChoiceListService choices() {
		return get(ChoiceListService.class);
	}

	public static FieldService fields() {
		return get(FieldService.class);
	}

	public static ActivityService activities() {
		return get(ActivityService.class);
	}

	public static org.vinculo.core.users.TeamService teams() {
		return get(org.vinculo.core.users.TeamService.class);
	}

	public static ImportService imports() {
		return get(ImportService.class);
	}

	public static VCardService vcards() {
		return get(VCardService.class);
	}

	public static DuplicateService duplicates() {
		return get(DuplicateService.class);
	}

	public static MergeService merges() {
		return get(MergeService.class);
	}

	public static Network network() {
		return get(Network.class);
	}

	/** Without waiting: labels are formatted on the UI thread, which must never block on a missing service. */
	public static Terminology terminology() {
		return get(Terminology.class, 0);
	}

	private static <T> T get(Class<T> type) {
		return get(type, WAIT_MILLIS);
	}

	private static <T> T get(Class<T> type, long waitMillis) {
		BundleContext context = FrameworkUtil.getBundle(CoreServices.class).getBundleContext();
		long deadline = System.currentTimeMillis() + waitMillis;
		ServiceReference<T> reference = context.getServiceReference(type);
		while (reference == null && System.currentTimeMillis() < deadline) {
			sleepBriefly(); // the core bundles may still be starting
			reference = context.getServiceReference(type);
		}
		if (reference == null) {
			throw new IllegalStateException(NLS.bind(Messages.CoreServices_missing, type.getSimpleName()));
		}
		T service = context.getService(reference);
		if (service == null) {
			// registered but its activation failed, most often because the database cannot be opened
			throw new IllegalStateException(NLS.bind(Messages.CoreServices_failed, type.getSimpleName()));
		}
		return service;
	}

	private static void sleepBriefly() {
		try {
			Thread.sleep(50);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}

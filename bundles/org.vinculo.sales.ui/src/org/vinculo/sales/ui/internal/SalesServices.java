package org.vinculo.sales.ui.internal;

import org.vinculo.core.service.PartyService;
import org.vinculo.core.users.TeamService;
import org.vinculo.sales.CrossSellService;
import org.vinculo.sales.DocumentService;
import org.vinculo.sales.ForecastService;
import org.vinculo.sales.SalesService;
import org.vinculo.ui.parts.UiServices;

/**
 * The services the sales views use, looked up on each call so a restarted
 * component is found again. Call from a job, never from the UI thread: the
 * first lookup may open the database, and right after start-up a component
 * may still be on its way, which is waited for here.
 */
public final class SalesServices {

	private static final long WAIT_MILLIS = 30_000;
	private static final long POLL_MILLIS = 100;

	private SalesServices() {
	}

	public static SalesService sales() {
		return get(SalesService.class);
	}

	public static ForecastService forecasts() {
		return get(ForecastService.class);
	}

	public static DocumentService documents() {
		return get(DocumentService.class);
	}

	public static CrossSellService crossSell() {
		return get(CrossSellService.class);
	}

	public static TeamService teams() {
		return get(TeamService.class);
	}

	public static PartyService parties() {
		return get(PartyService.class);
	}

	/** The user working in this workspace, or {@code null} when none is chosen yet. */
	public static Long currentUserId() {
		return UiServices.currentUserId();
	}

	/** The service of {@code type}, waiting a little for a component that is still starting. */
	public static <S> S get(Class<S> type) {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (true) {
			try {
				return UiServices.get(SalesServices.class, type);
			} catch (IllegalStateException e) {
				if (System.currentTimeMillis() > deadline) {
					throw e;
				}
				try {
					Thread.sleep(POLL_MILLIS);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
	}
}

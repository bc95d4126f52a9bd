package org.vinculo.core.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.model.LifecycleStage;

/**
 * The lifecycle rule: active customers with no activity done and no stage
 * change for {@code idle} become inactive customers, each change dated in
 * their history with the reason. Runs in chunks, each its own transaction, so
 * a cancelled run keeps what it did and a second run picks up the rest.
 */
public final class InactivityRule {

	/** Parties moved per transaction. */
	static final int CHUNK = 500;

	private final PartyService parties;
	private final Duration idle;

	public InactivityRule(PartyService parties, Duration idle) {
		if (idle.isNegative() || idle.isZero()) {
			throw new IllegalArgumentException("idle must be positive: " + idle); //$NON-NLS-1$
		}
		this.parties = parties;
		this.idle = idle;
	}

	/**
	 * @return how many parties became inactive
	 * @throws OperationCanceledException when cancelled; chunks already done stay done
	 */
	public int apply(IProgressMonitor monitor) {
		List<Long> idleIds = parties.idleActiveCustomers(Instant.now().minus(idle));
		SubMonitor progress = SubMonitor.convert(monitor, Messages.InactivityRule_task, idleIds.size());
		String reason = NLS.bind(Messages.InactivityRule_reason, idle.toDays());
		int changed = 0;
		for (int from = 0; from < idleIds.size(); from += CHUNK) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<Long> chunk = idleIds.subList(from, Math.min(idleIds.size(), from + CHUNK));
			changed += parties.changeLifecycle(chunk, LifecycleStage.INACTIVE_CUSTOMER, reason);
			progress.worked(chunk.size());
		}
		return changed;
	}
}

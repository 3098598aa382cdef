package tw.gov.quality.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims held for as long as their work runs ({@link WorkClaims#hold}): each under a holder unique within
 * this node, its lease renewed every third of it on one daemon thread until the hold is closed.
 */
final class ClaimHolds {

	/** Logged under the claims' name, as before this was its own class. */
	private static final Logger log = LoggerFactory.getLogger(WorkClaims.class);

	private final ClaimRows rows;

	/** Makes each hold's holder unique within this node. */
	private final AtomicLong holds = new AtomicLong();

	private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "claim-renewal");
		thread.setDaemon(true);
		return thread;
	});

	ClaimHolds(ClaimRows rows) {
		this.rows = rows;
	}

	/** Empty while somebody else, on this node or another, holds {@code key}. */
	Optional<WorkClaims.Held> hold(String key, Duration lease, String nodeId) {
		String holder = (nodeId.length() > 80 ? nodeId.substring(0, 80) : nodeId) + "/"
				+ Long.toString(holds.incrementAndGet(), 36);
		if (!rows.claim(key, lease, holder)) {
			return Optional.empty();
		}
		long every = Math.max(1, lease.toMillis() / 3);
		ScheduledFuture<?> renewal = renewals.scheduleWithFixedDelay(() -> {
			try {
				if (!rows.claim(key, lease, holder)) {
					log.warn("Claim {} was taken over by another node while held here", key);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not renew claim {}: {}", key, ex.toString());
			}
		}, every, every, TimeUnit.MILLISECONDS);
		return Optional.of(() -> {
			renewal.cancel(false);
			rows.delete(key, holder);
		});
	}

}

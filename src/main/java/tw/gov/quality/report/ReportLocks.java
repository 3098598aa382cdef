package tw.gov.quality.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.cluster.WorkClaims;

/**
 * One lock per supervisor and period, a claim in the shared database ({@link WorkClaims#hold}): two
 * consolidations of the same supervisor (the schedule, the console, a command, another node) write
 * their versions one after the other, and a folder another run is still writing is never taken for a
 * crashed run's leftover. The lease is renewed while the version is written; a holder that dies frees
 * the lock one lease ({@code quality.cluster.claim-lease}) later.
 */
@Component
class ReportLocks {

	/** How long a run waits for another run of the same supervisor to finish its version. */
	static final Duration WAIT = Duration.ofMinutes(10);

	private static final long POLL_MILLIS = 200;

	/** Short enough for a claim key. */
	private static final int LONGEST_NAME = 64;

	private final WorkClaims claims;

	ReportLocks(WorkClaims claims) {
		this.claims = claims;
	}

	/** Waits for the lock, up to {@link #WAIT}. */
	WorkClaims.Held acquire(ReportingPeriod period, String supervisor) throws InterruptedException {
		String name = name(period, supervisor);
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (true) {
			Optional<WorkClaims.Held> held = claims.hold(name);
			if (held.isPresent()) {
				return held.get();
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Another consolidation of " + supervisor + " " + period
						+ " has held the report lock for more than " + WAIT.toMinutes() + " minutes");
			}
			Thread.sleep(POLL_MILLIS);
		}
	}

	/** The lock if nobody holds it now. */
	Optional<WorkClaims.Held> tryAcquire(ReportingPeriod period, String supervisor) {
		return claims.hold(name(period, supervisor));
	}

	static String name(ReportingPeriod period, String supervisor) {
		String name = QualityJob.CONSOLIDATE.lockName(period + "." + supervisor);
		if (name.length() <= LONGEST_NAME) {
			return name;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return QualityJob.CONSOLIDATE.lockName(HexFormat.of().formatHex(digest, 0, 16));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

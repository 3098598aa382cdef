package tw.gov.quality.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Work that lost to another process runs again, a bounded number of times; other failures are not retried. */
class CollisionRetriesTests {

	@Test
	void workThatLostOnceRunsAgainAndItsResultIsReturned() {
		AtomicInteger runs = new AtomicInteger();
		List<String> told = new ArrayList<>();

		String result = CollisionRetries.retried(3, () -> {
			if (runs.incrementAndGet() == 1) {
				throw new CannotAcquireLockException("Deadlock found when trying to get lock");
			}
			return "stored";
		}, ex -> told.add(ex.getMessage()));

		assertThat(result).isEqualTo("stored");
		assertThat(runs).hasValue(2);
		assertThat(told).containsExactly("Deadlock found when trying to get lock");
	}

	@Test
	void theLastCollisionIsThrownOnceEveryAttemptLost() {
		AtomicInteger runs = new AtomicInteger();

		assertThatExceptionOfType(ConcurrencyFailureException.class).isThrownBy(() -> CollisionRetries.retried(3, () -> {
			throw new CannotAcquireLockException("lost " + runs.incrementAndGet());
		}, ex -> {
		})).withMessage("lost 3");
	}

	@Test
	void otherFailuresAreNotTriedAgain() {
		AtomicInteger runs = new AtomicInteger();

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> CollisionRetries.retried(3, () -> {
			runs.incrementAndGet();
			throw new DataIntegrityViolationException("duplicate key");
		}, ex -> {
		}));
		assertThat(runs).hasValue(1);
	}

}

package tw.gov.quality.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.gov.quality.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims as two nodes on the test database see them: one wins, the other waits for the release or the
 * end of the lease; a hold excludes even another thread of its own node; an outcome stored under a
 * claim taken over meanwhile is not stored.
 */
@IntegrationTest
class WorkClaimsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	private WorkClaims node(String id, Duration lease) {
		return new WorkClaims(jdbc, transactionManager, new ClusterProperties(id, lease));
	}

	@AfterEach
	void forget() {
		jdbc.sql("DELETE FROM work_claim WHERE claim_key LIKE 'test:%'").update();
	}

	@Test
	void oneNodeWinsAClaimUntilItIsReleased() {
		WorkClaims one = node("node-1", Duration.ofMinutes(2));
		WorkClaims other = node("node-2", Duration.ofMinutes(2));

		assertThat(one.claim("test:file")).isTrue();
		assertThat(other.claim("test:file")).isFalse();
		assertThat(one.claim("test:file")).as("its holder renews it").isTrue();

		one.release("test:file");
		assertThat(other.claim("test:file")).isTrue();
	}

	@Test
	void aDeadNodesClaimIsTakenOverAfterItsLease() throws Exception {
		WorkClaims dying = node("node-1", Duration.ofMillis(300));
		WorkClaims survivor = node("node-2", Duration.ofMinutes(2));
		assertThat(dying.claim("test:file")).isTrue();
		assertThat(survivor.claim("test:file")).isFalse();

		Thread.sleep(600);

		assertThat(survivor.claim("test:file")).isTrue();
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		Boolean deadNodeMayStore = transaction.execute(status -> dying.releaseInCurrentTransaction("test:file"));
		Boolean survivorMayStore = transaction.execute(status -> survivor.releaseInCurrentTransaction("test:file"));
		assertThat(deadNodeMayStore).as("the dead node's outcome is not stored").isFalse();
		assertThat(survivorMayStore).isTrue();
	}

	@Test
	void aChunksClaimsAreReleasedTogetherAndOnlyThoseStillHeldMayBeStored() throws Exception {
		WorkClaims slow = node("node-1", Duration.ofMillis(300));
		WorkClaims other = node("node-2", Duration.ofMinutes(2));
		assertThat(slow.claim("test:kept")).isTrue();
		assertThat(slow.claim("test:taken")).isTrue();
		Thread.sleep(600);
		assertThat(other.claim("test:taken")).as("taken over after the lease").isTrue();

		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		Set<String> mayStore = transaction
			.execute(status -> slow.releaseAllInCurrentTransaction(List.of("test:kept", "test:taken", "test:never")));

		assertThat(mayStore).containsExactly("test:kept");
		assertThat(other.claim("test:kept")).as("released").isTrue();
		assertThat(node("node-3", Duration.ofMinutes(2)).claim("test:taken")).as("still the other node's").isFalse();
	}

	@Test
	void aHoldExcludesEvenItsOwnNodeAndIsFreeWhenClosed() {
		WorkClaims one = node("node-1", Duration.ofMinutes(2));

		Optional<WorkClaims.Held> first = one.hold("test:report");
		assertThat(first).isPresent();
		assertThat(one.hold("test:report")).as("another thread of the same node").isEmpty();

		first.get().close();
		Optional<WorkClaims.Held> again = one.hold("test:report");
		assertThat(again).isPresent();
		again.get().close();
	}

	@Test
	void anAdministratorsPauseAndARunExcludeEachOther() {
		WorkClaims service = node("node-1", Duration.ofMinutes(2));
		WorkClaims console = node("node-2", Duration.ofMinutes(2));

		Optional<WorkClaims.Held> run = service.holdExclusively("test:run:node-1", "test:pause");
		assertThat(run).isPresent();
		assertThat(console.holdExclusively("test:pause", "test:run:")).isEmpty();

		run.get().close();
		Optional<WorkClaims.Held> pause = console.holdExclusively("test:pause", "test:run:");
		assertThat(pause).isPresent();
		assertThat(service.holdExclusively("test:run:node-1", "test:pause")).isEmpty();
		pause.get().close();
	}

	@Test
	void claimsTakenTogetherAreWonAsOneByOneAndGivenBackTogether() throws Exception {
		WorkClaims dying = node("node-1", Duration.ofMillis(300));
		WorkClaims other = node("node-2", Duration.ofMinutes(2));
		WorkClaims one = node("node-3", Duration.ofMinutes(2));
		String longKey = "test:" + "x".repeat(300);
		assertThat(dying.claim("test:expired")).isTrue();
		assertThat(other.claim("test:held")).isTrue();
		assertThat(one.claim("test:own")).isTrue();
		Thread.sleep(600);

		assertThat(one.claimAll(List.of("test:free", "test:expired", "test:held", "test:own", longKey)))
			.containsExactlyInAnyOrder("test:free", "test:expired", "test:own", longKey);
		assertThat(other.claim("test:expired")).as("taken over for a new lease").isFalse();
		assertThat(one.claimAll(List.of("test:new-1", "test:new-2"))).containsExactlyInAnyOrder("test:new-1", "test:new-2");

		one.releaseAll(List.of("test:free", "test:expired", "test:held", "test:own", longKey, "test:new-1"));
		assertThat(other.claimAll(List.of("test:free", "test:expired", "test:own", longKey, "test:new-2")))
			.as("all given back but the one not released")
			.containsExactlyInAnyOrder("test:free", "test:expired", "test:own", longKey);
		assertThat(one.claim("test:held")).as("another node's claim is not given back by this one").isFalse();
	}

}

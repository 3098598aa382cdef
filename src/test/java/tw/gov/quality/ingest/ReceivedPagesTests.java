package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order in which step 2 takes the files while receiving runs beside it: those there before (a crashed
 * run's) first, then each batch as receiving archived it, then what is left, each file once; and it waits
 * for receiving rather than end early. On the real database, with receiving played through its progress.
 */
@IntegrationTest
class ReceivedPagesTests {

	private static final LocalDateTime JULY_5 = LocalDateTime.of(2015, 7, 5, 9, 0);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Folders folders;

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("ingestJob")
	Job ingestJob;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PlanRegistry plans;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	PlatformTransactionManager transactionManager;

	private final ReceivingProgress.Run receiving = new ReceivingProgress.Run();

	private ReceivedPages pages;

	/** The job stopping (Ctrl-C) while receiving has not said anything. */
	private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();

	/** The pages read so far, as they are read. */
	private final List<List<Long>> taken = new java.util.concurrent.CopyOnWriteArrayList<>();

	@BeforeEach
	void noSubmissions() throws Exception {
		new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
		pages = new ReceivedPages(submissions, receiving, transactionManager, stopped::get);
	}

	@Test
	void batchesComeAsArchivedThenWhatIsLeftEachOnce() throws Exception {
		long first = file("a");
		long second = file("b");
		long third = file("c");
		long fourth = file("d");
		receiving.reconciled(0);
		// Archived out of id order, as two lanes commit; the fourth by a batch that failed before saying so.
		receiving.archived(List.of(third));
		receiving.archived(List.of(first, second));
		receiving.finished();

		assertThat(allPages()).containsExactly(List.of(third), List.of(first, second), List.of(fourth));
	}

	@Test
	void filesThereBeforeComeFirstOnceReceivingIsOver() throws Exception {
		long crashed = file("left by a crashed run");
		long fresh = file("dropped now");

		CompletableFuture<List<List<Long>>> read = CompletableFuture.supplyAsync(this::allPagesUnchecked);
		receiving.reconciled(crashed);
		receiving.archived(List.of(fresh, crashed));
		// A crashed run's file may be finished by receiving under this node's claim: nothing taken meanwhile.
		Thread.sleep(200);
		assertThat(taken).isEmpty();
		receiving.finished();

		assertThat(read.get(10, TimeUnit.SECONDS)).containsExactly(List.of(crashed), List.of(fresh));
	}

	@Test
	void readingWaitsForReceivingInsteadOfEndingEarly() throws Exception {
		receiving.reconciled(0);
		CompletableFuture<List<List<Long>>> read = CompletableFuture.supplyAsync(this::allPagesUnchecked);
		Thread.sleep(200);
		assertThat(read).as("nothing archived yet, receiving not over").isNotDone();
		assertThat(taken).isEmpty();

		long late = file("archived later");
		receiving.archived(List.of(late));
		receiving.finished();

		assertThat(read.get(10, TimeUnit.SECONDS)).containsExactly(List.of(late));
	}

	@Test
	void readingGivesUpWaitingWhenTheJobStops() throws Exception {
		long archived = file("archived before the stop");
		CompletableFuture<List<List<Long>>> read = CompletableFuture.supplyAsync(this::allPagesUnchecked);
		Thread.sleep(200);
		assertThat(read).isNotDone();

		stopped.set(true);

		assertThat(read.get(10, TimeUnit.SECONDS)).containsExactly(List.of(archived));
	}

	@Test
	void withoutReceivingBesideItPagesById() throws Exception {
		long first = file("a");
		long second = file("b");

		assertThat(ids(new ReceivedPages(submissions, null, transactionManager, () -> false).next())).containsExactly(first, second);
	}

	private long file(String name) {
		return submissions.insertArchived("AEA-TPE", "AEA-TPE", name + ".xlsx", "sha-" + name, 1, JULY_5,
				Path.of("archive", name + ".xlsx"), null, JULY_5);
	}

	private List<List<Long>> allPages() throws InterruptedException {
		List<List<Long>> all = new ArrayList<>();
		for (List<ReceivedFile> page = pages.next(); !page.isEmpty(); page = pages.next()) {
			all.add(ids(page));
			taken.add(ids(page));
			// As the step would: what it took is answered and no longer RECEIVED.
			page.forEach(file -> jdbc.sql("UPDATE submission SET state = 'ACCEPTED' WHERE id = ?").param(file.id()).update());
		}
		return all;
	}

	private List<List<Long>> allPagesUnchecked() {
		try {
			return allPages();
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Long> ids(List<ReceivedFile> page) {
		return page.stream().map(ReceivedFile::id).toList();
	}

}

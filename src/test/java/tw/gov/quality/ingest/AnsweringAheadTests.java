package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tw.gov.quality.validation.Validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How step 2's reader starts files ahead of the step: in id order, a chunk ahead, never a file whose office
 * has an earlier file not committed yet (its checks must see that one stored). Narrow: the files come from a
 * list, "answering" records the file (on the calling thread unless said otherwise), and each chunk's
 * transaction is played by hand.
 */
class AnsweringAheadTests {

	private final List<Long> answered = new CopyOnWriteArrayList<>();

	private final List<Long> givenBack = new ArrayList<>();

	private final AnsweringAhead.Answer recording = (file, earlier) -> {
		answered.add(file.id());
		return new Outcome(file, SubmissionStatus.ACCEPTED, new Validation(null, null, List.of(), List.of()), null);
	};

	/** Real answering threads, for the tests that need two files answered at once. */
	private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
		threads.shutdown();
	}

	private ThreadPoolTaskExecutor twoThreads() {
		threads.setCorePoolSize(2);
		threads.initialize();
		return threads;
	}

	@Test
	void filesAreHandedInOrderWithTheNextChunkAlreadyBeingAnswered() throws Exception {
		AnsweringAhead reader = reader(recording, 2, file(1, "A"), file(2, "B"), file(3, "C"), file(4, "D"),
				file(5, "E"));

		List<Long> handed = new ArrayList<>();
		begin();
		handed.add(reader.read().file().id());
		handed.add(reader.read().file().id());
		// The step now writes its first chunk: the next one is already being answered.
		assertThat(answered).containsExactly(1L, 2L, 3L, 4L);
		commit();
		begin();
		handed.add(reader.read().file().id());
		handed.add(reader.read().file().id());
		commit();
		begin();
		handed.add(reader.read().file().id());
		assertThat(reader.read()).isNull();
		commit();

		assertThat(handed).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(answered).containsExactly(1L, 2L, 3L, 4L, 5L);
	}

	@Test
	void aFileWaitsForItsOfficesEarlierFileToBeCommitted() throws Exception {
		AnsweringAhead reader = reader(recording, 2, file(1, "A"), file(2, "B"), file(3, "A"), file(4, "C"));

		begin();
		assertThat(reader.read().file().id()).isEqualTo(1);
		assertThat(reader.read().file().id()).isEqualTo(2);
		// 3 is A's second file: not answered while A's first is only handed, nor anything after it.
		assertThat(answered).containsExactly(1L, 2L);
		commit();

		begin();
		assertThat(reader.read().file().id()).isEqualTo(3);
		assertThat(answered).containsExactly(1L, 2L, 3L, 4L);
	}

	@Test
	void aRolledBackChunkDoesNotReleaseItsOffices() throws Exception {
		AnsweringAhead reader = reader(recording, 1, file(1, "A"), file(2, "B"), file(3, "A"));

		begin();
		assertThat(reader.read().file().id()).isEqualTo(1);
		assertThat(answered).containsExactly(1L, 2L);
		rollBack();
		begin();
		assertThat(reader.read().file().id()).isEqualTo(2);
		assertThat(answered).containsExactly(1L, 2L);
	}

	@Test
	void twoFilesOfAnOfficeInOneChunkAreAnsweredInThatChunk() throws Exception {
		AnsweringAhead reader = reader(recording, 2, file(1, "A"), file(2, "A"), file(3, "B"));

		begin();
		assertThat(reader.read().file().id()).isEqualTo(1);
		assertThat(reader.read().file().id()).isEqualTo(2);
		assertThat(answered).containsExactly(1L, 2L, 3L);
		commit();
		begin();
		assertThat(reader.read().file().id()).isEqualTo(3);
		assertThat(reader.read()).isNull();
	}

	@Test
	void aFileIsAnsweredAfterItsOfficesEarlierFilesOfTheChunkWithTheirOutcomes() throws Exception {
		List<String> events = new CopyOnWriteArrayList<>();
		AnsweringAhead reader = new AnsweringAhead(files(file(1, "A"), file(2, "B"), file(3, "A"), file(4, "A")),
				(file, earlier) -> {
					events.add("start " + file.id() + " after " + earlier.stream().map(o -> o.file().id()).toList());
					Thread.sleep(file.id() == 1 ? 300 : 10);
					events.add("end " + file.id());
					return new Outcome(file, SubmissionStatus.ACCEPTED, new Validation(null, null, List.of(), List.of()),
							null);
				}, twoThreads(), 4);
		begin();
		List<Long> handed = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			AnsweringAhead.Answering answering = reader.read();
			handed.add(answering.file().id());
			answering.awaited();
		}

		assertThat(handed).containsExactly(1L, 2L, 3L, 4L);
		assertThat(events).containsSubsequence("end 1", "start 3 after [1]", "end 3", "start 4 after [1, 3]");
		assertThat(events).contains("start 2 after []");
		assertThat(events.indexOf("start 2 after []")).as("B's file beside A's first").isLessThan(events.indexOf("end 1"));
	}

	@Test
	void filesOfNoOfficeNeverWait() throws Exception {
		AnsweringAhead reader = reader(recording, 3, file(1, null), file(2, null), file(3, null));

		begin();
		reader.read();
		assertThat(answered).containsExactly(1L, 2L, 3L);
	}

	@Test
	void whatFailedAFileFailsItsChunkAsThrown() throws Exception {
		AnsweringAhead reader = reader((file, earlier) -> {
			throw new IllegalStateException("broken " + file.id());
		}, 1, file(1, "A"));

		begin();
		AnsweringAhead.Answering answering = reader.read();

		assertThatThrownBy(answering::awaited).isInstanceOf(IllegalStateException.class).hasMessage("broken 1");
	}

	@Test
	void closingWaitsForTheFilesStillBeingAnswered() throws Exception {
		List<Long> finished = new CopyOnWriteArrayList<>();
		AnsweringAhead reader = new AnsweringAhead(files(file(1, "A"), file(2, "B"), file(3, "C")), (file, earlier) -> {
			Thread.sleep(200);
			finished.add(file.id());
			return null;
		}, twoThreads(), 2);
		begin();
		reader.read();

		reader.close();

		assertThat(finished).containsExactlyInAnyOrder(1L, 2L, 3L);
	}

	@Test
	void closingGivesBackEveryFileReadAndNotCommitted() throws Exception {
		AnsweringAhead reader = reader(recording, 2, file(1, "A"), file(2, "B"), file(3, "C"), file(4, "A"),
				file(5, "D"), file(6, "E"));
		begin();
		reader.read();
		reader.read();
		commit();
		begin();
		reader.read();
		// Stopped here: 3 handed, not committed; 4 and 5 started a chunk ahead; 6 never read.

		reader.close();

		assertThat(givenBack).containsExactlyInAnyOrder(3L, 4L, 5L);
	}

	@Test
	void aFileHeldForItsOfficeIsGivenBackToo() throws Exception {
		AnsweringAhead reader = reader(recording, 2, file(1, "A"), file(2, "B"), file(3, "A"), file(4, "C"));
		begin();
		reader.read();
		// 3 is held behind its office's uncommitted 1; 4 is never read.

		reader.close();

		assertThat(answered).containsExactly(1L, 2L);
		assertThat(givenBack).containsExactlyInAnyOrder(1L, 2L, 3L);
	}

	private AnsweringAhead reader(AnsweringAhead.Answer answer, int ahead, ReceivedFile... files) {
		return new AnsweringAhead(files(files), answer, new TaskExecutorAdapter(Runnable::run), ahead);
	}

	private AnsweringAhead.Files files(ReceivedFile... files) {
		Deque<ReceivedFile> left = new ArrayDeque<>(List.of(files));
		return new AnsweringAhead.Files() {
			@Override
			public ReceivedFile read(Set<String> unsettled) {
				return left.poll();
			}

			@Override
			public void giveBack(Collection<ReceivedFile> unstored) {
				unstored.forEach(file -> givenBack.add(file.id()));
			}
		};
	}

	private static ReceivedFile file(long id, String office) {
		return new ReceivedFile(id, office == null ? "" : office, office, id + ".xlsx", "sha" + id, 1,
				LocalDateTime.of(2015, 7, 3, 9, 0), Path.of("archive", id + ".xlsx"), null, null);
	}

	private static void begin() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.initSynchronization();
		}
	}

	private static void commit() {
		complete(TransactionSynchronization.STATUS_COMMITTED);
	}

	private static void rollBack() {
		complete(TransactionSynchronization.STATUS_ROLLED_BACK);
	}

	private static void complete(int status) {
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		Stream.of(synchronizations.toArray(TransactionSynchronization[]::new)).forEach(s -> s.afterCompletion(status));
	}

}

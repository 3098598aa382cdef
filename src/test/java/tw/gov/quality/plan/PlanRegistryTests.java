package tw.gov.quality.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRegistryTests {

	private static final int YEAR = 114;

	private static final List<String> PAGE = IntStream.rangeClosed(1, 16).mapToObj(i -> String.format("O%02d", i)).toList();

	private final RecordingRepository repository = new RecordingRepository();

	private final PlanRegistry registry = new PlanRegistry(repository, new OfficeRegistry(
			PAGE.stream().map(code -> new Office(code, code + " 名稱", null, Office.Contact.NONE)).toList()));

	@Test
	void answeringThreadsLoadTheirPartsOfAPageAtOnceEachPlanOnce() throws Exception {
		registry.expect(PAGE);

		// Two answering threads check the page's first two files at the same moment.
		ExecutorService answering = Executors.newFixedThreadPool(2);
		try {
			Future<Optional<Plan>> first = answering.submit(() -> registry.planFor("O01", YEAR));
			Future<Optional<Plan>> second = answering.submit(() -> registry.planFor("O02", YEAR));
			assertThat(first.get(10, TimeUnit.SECONDS)).map(Plan::officeCode).contains("O01");
			assertThat(second.get(10, TimeUnit.SECONDS)).map(Plan::officeCode).contains("O02");
		}
		finally {
			answering.shutdownNow();
		}
		assertThat(repository.mostAtOnce.get()).as("both parts loaded at the same time").isEqualTo(2);
		assertThat(repository.loads).containsExactlyInAnyOrder(List.of("O01", "O09"), List.of("O02", "O10"));

		// The rest of those parts is cached; another part is loaded on its first lookup, once.
		assertThat(registry.planFor("O09", YEAR)).map(Plan::officeCode).contains("O09");
		assertThat(registry.planFor("O03", YEAR)).map(Plan::officeCode).contains("O03");
		assertThat(registry.planFor("O11", YEAR)).map(Plan::officeCode).contains("O11");
		assertThat(repository.loads).hasSize(3).contains(List.of("O03", "O11"));
		assertThat(repository.single).hasValue(0);
	}

	@Test
	void anOfficeOutsideThePageIsLookedUpAlone() {
		registry.expect(PAGE.subList(0, 4));

		assertThat(registry.planFor("O12", YEAR)).map(Plan::officeCode).contains("O12");
		assertThat(registry.planFor("O12", YEAR)).map(Plan::officeCode).contains("O12");

		assertThat(repository.loads).isEmpty();
		assertThat(repository.single).hasValue(1);
	}

	/** Plans for every office; a page's load waits (up to 2 s) for a second one to run beside it. */
	private static final class RecordingRepository extends PlanRepository {

		final List<List<String>> loads = new CopyOnWriteArrayList<>();

		final AtomicInteger single = new AtomicInteger();

		final AtomicInteger mostAtOnce = new AtomicInteger();

		private final AtomicInteger running = new AtomicInteger();

		private final CountDownLatch bothLoading = new CountDownLatch(2);

		RecordingRepository() {
			super(null);
		}

		@Override
		Optional<Plan> find(String officeCode, int rocYear) {
			single.incrementAndGet();
			return Optional.of(plan(officeCode));
		}

		@Override
		Map<String, Plan> findAll(Collection<String> officeCodes, int rocYear) {
			loads.add(List.copyOf(officeCodes));
			mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
			bothLoading.countDown();
			try {
				bothLoading.await(2, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			running.decrementAndGet();
			return officeCodes.stream().collect(Collectors.toMap(Function.identity(), RecordingRepository::plan));
		}

		private static Plan plan(String officeCode) {
			return new Plan(officeCode, YEAR, officeCode + " 計畫", "test", List.of(), List.of());
		}

	}

}

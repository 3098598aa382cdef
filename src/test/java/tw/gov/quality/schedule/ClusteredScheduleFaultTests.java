package tw.gov.quality.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.gov.quality.faults.CliProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service nodes ({@code serve}, the packaged jar) on one database with Quartz's clustered JDBC
 * store and an ingestion schedule every five seconds: each firing runs on exactly one of them; when one
 * node stops, the other goes on firing alone.
 */
@Tag("faults")
class ClusteredScheduleFaultTests {

	private static final Pattern INGEST_FIRING = Pattern.compile("Scheduled job ingest ran here for its firing at (\\S+)");

	private static final String[] EVERY_FIVE_SECONDS = { "--quality.schedule.ingest=0/5 * * * * ?",
			"--server.port=0", "--quality.cluster.claim-lease=5s",
			// Quartz's own check-in: a dead node's firings are taken over after this.
			"--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000" };

	@TempDir
	Path temp;

	private final List<CliProcess> started = new ArrayList<>();

	@AfterEach
	void stop() {
		started.forEach(CliProcess::close);
		CliProcess.killServersUnder(temp);
	}

	private CliProcess serve(Path folder, String node) {
		List<String> arguments = new ArrayList<>(List.of("serve", "--quality.cluster.node-id=" + node));
		arguments.addAll(List.of(EVERY_FIVE_SECONDS));
		CliProcess process = CliProcess.start(folder, arguments.toArray(String[]::new));
		started.add(process);
		return process;
	}

	@Test
	void eachFiringRunsOnOneNodeOnly() throws Exception {
		Path folder = CliProcess.workingDirectory(temp);
		CliProcess first = serve(folder, "node-1");
		assertThat(first.awaitLog("Started QualityProgressApplication", Duration.ofMinutes(2))).as(first.describe())
			.isTrue();
		CliProcess second = serve(folder, "node-2");
		assertThat(second.awaitLog("Started QualityProgressApplication", Duration.ofMinutes(2))).as(second.describe())
			.isTrue();

		// Both up: a few firings.
		long before = firings(first, second).size();
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (firings(first, second).size() < before + 5 && System.nanoTime() < until) {
			Thread.sleep(200);
		}
		List<String> both = firings(first, second);
		assertThat(both.size()).as("firings while both nodes run").isGreaterThanOrEqualTo((int) before + 5);

		// The second stops (a node removed): the first fires alone.
		assertThat(second.terminate(Duration.ofMinutes(1))).as(second.describe()).isIn(0, 130, 143);
		int afterStop = firings(first).size();
		until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
		while (firings(first).size() < afterStop + 2 && System.nanoTime() < until) {
			Thread.sleep(200);
		}
		assertThat(firings(first).size()).as("the remaining node goes on").isGreaterThanOrEqualTo(afterStop + 2);

		List<String> all = firings(first, second);
		Map<String, Long> times = all.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(times).as("each firing ran once across the nodes: " + all)
			.allSatisfy((time, count) -> assertThat(count).as(time).isOne());
		System.out.printf("clustered schedule: %d firings, node-1 ran %d, node-2 ran %d%n", all.size(),
				firings(first).size(), firings(second).size());
	}

	private static List<String> firings(CliProcess... processes) {
		List<String> times = new ArrayList<>();
		for (CliProcess process : processes) {
			Matcher matcher = INGEST_FIRING.matcher(process.ownLog());
			while (matcher.find()) {
				times.add(matcher.group(1));
			}
		}
		return times;
	}

}

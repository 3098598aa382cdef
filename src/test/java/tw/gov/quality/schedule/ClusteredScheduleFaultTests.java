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
 * node stops, the other goes on firing alone. A user signed in on one node is signed in on the other
 * (sessions in the database).
 */
@Tag("faults")
class ClusteredScheduleFaultTests {

	private static final Pattern INGEST_FIRING = Pattern.compile("Scheduled job ingest ran here for its firing at (\\S+)");

	private static final String PASSWORD = "two-nodes-password";

	private static final String HASH = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
		.encode(PASSWORD);

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

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
		arguments.addAll(List.of("--quality.security.users[0].username=ops",
				"--quality.security.users[0].password-hash=" + HASH, "--quality.security.users[0].role=ADMIN"));
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

		// Signed in on the first node, the next request reaches the second: still signed in.
		java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
			.build();
		String firstNode = "http://127.0.0.1:" + port(first);
		String secondNode = "http://127.0.0.1:" + port(second);
		var login = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(firstNode + "/login")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(csrf.find()).as(login.body()).isTrue();
		var signIn = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(firstNode + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("username=ops&password=" + PASSWORD + "&_csrf=" + csrf.group(1)))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).as("signed in").doesNotContain("login", "error");
		var elsewhere = browser.send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create(secondNode + "/board")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(elsewhere.statusCode()).as("signed in on the other node: " + elsewhere.headers().map())
			.isEqualTo(200);
		assertThat(elsewhere.body()).contains("ops");

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

	private static int port(CliProcess process) {
		Matcher matcher = PORT.matcher(process.ownLog());
		assertThat(matcher.find()).as(process.describe()).isTrue();
		return Integer.parseInt(matcher.group(1));
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

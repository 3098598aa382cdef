package tw.gov.quality.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A benchmark, not a test: {@code ./mvnw -o -Pbenchmark test -Dtest=ConversionBenchmark
 * -Dbenchmark.receipts=demo/output/receipts} (the name ends in Benchmark, so {@code ./mvnw verify} never
 * runs it; without {@code benchmark.receipts}, as in a run of this package's tests, it does not run). Converts every .xlsx under the folder (copied, each round afresh) into .ods and PDF the way a
 * run does ({@link OfficeConverter#convert}), after one warm-up conversion, and prints each round's time.
 * It checks only that every sibling was written, never a time.
 */
class ConversionBenchmark {

	/** Named on the command line; without it (a run of the package's tests) the benchmark does not run. */
	static final String RECEIPTS = System.getProperty("benchmark.receipts");

	static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);

	@TempDir
	Path dir;

	@Test
	void receiptsToOdsAndPdf() throws Exception {
		assumeTrue(RECEIPTS != null, "a benchmark: ./mvnw -o -Pbenchmark test -Dtest=ConversionBenchmark "
				+ "-Dbenchmark.receipts=demo/output/receipts");
		List<Path> workbooks;
		try (Stream<Path> files = Files.walk(Path.of(RECEIPTS))) {
			workbooks = files.filter(file -> file.getFileName().toString().endsWith(".xlsx")).sorted().toList();
		}
		assertThat(workbooks).as("receipts under " + RECEIPTS + " (run demo first)").isNotEmpty();
		OfficeConverter converter = Office.converter();
		EnumSet<OutputFormat> formats = EnumSet.allOf(OutputFormat.class);
		converter.convert(Files.copy(workbooks.get(0), dir.resolve("warm-up.xlsx")), formats);
		List<Long> rounds = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			Path folder = Files.createDirectory(dir.resolve("round-" + round));
			List<Path> copies = new ArrayList<>();
			for (int i = 0; i < workbooks.size(); i++) {
				copies.add(Files.copy(workbooks.get(i), folder.resolve(i + ".xlsx")));
			}
			long started = System.nanoTime();
			OfficeConverter.Conversion done = OfficeConverter.Conversion.NONE;
			for (Path xlsx : copies) {
				done = done.plus(converter.convert(xlsx, formats));
			}
			rounds.add((System.nanoTime() - started) / 1_000_000);
			assertThat(done.failures()).isEmpty();
			assertThat(done.written()).hasSize(2 * copies.size());
		}
		System.out.printf("CONVERSION BENCHMARK: %d workbooks to .ods and .pdf, rounds (ms): %s, median %d ms%n",
				workbooks.size(), rounds, rounds.stream().sorted().toList().get(rounds.size() / 2));
	}

}

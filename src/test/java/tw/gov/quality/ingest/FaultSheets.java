package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.PlanWorkbookReader;

/**
 * Valid, distinct 104Q2 sheets of AEA-TXG (the seed plan in input-templates), written once per build
 * under target/faults and copied into each fault test's inbox as an office would drop them.
 */
final class FaultSheets {

	static final int FILES = 120;

	/** The two-node test's inbox (three times as many while receiving). */
	static final int MANY = 1000;

	private static final LocalDateTime JULY_5 = LocalDateTime.of(2015, 7, 5, 10, 30);

	private FaultSheets() {
	}

	/** A sheet's name in an archived copy's or a receipt's file name. */
	static final java.util.regex.Pattern STEM = java.util.regex.Pattern.compile("臺中分署_\\d+");

	static String name(int n) {
		return String.format("臺中分署_%03d", n);
	}

	/** The first {@code count} sheets copied into {@code inbox}, with their modification times. */
	static void dropInto(Path inbox, int count) throws Exception {
		Path sheets = written(count <= FILES ? FILES : Math.max(MANY, count));
		Files.createDirectories(inbox);
		for (int n = 0; n < count; n++) {
			Path sheet = sheets.resolve(name(n) + ".xlsx");
			Path dropped = inbox.resolve(sheet.getFileName());
			Files.copy(sheet, dropped);
			Files.setLastModifiedTime(dropped, Files.getLastModifiedTime(sheet));
		}
	}

	private static synchronized Path written(int total) throws Exception {
		Path sheets = Files.createDirectories(
				Path.of(total == FILES ? "target/faults/ingest-sheets" : "target/faults/ingest-sheets-" + total));
		try (Stream<Path> files = Files.list(sheets)) {
			if (files.count() == total) {
				return sheets;
			}
		}
		PlanWorkbookReader.Result plan = new PlanWorkbookReader().read(Path.of("input-templates/plans/AEA-TXG-104.xlsx"));
		Office office = new Office("AEA-TXG", plan.officeName(), "MOJ-AEA", Office.Contact.NONE);
		for (int i = 0; i < total; i++) {
			int n = i;
			Path file = sheets.resolve(name(n) + ".xlsx");
			FilledSheets.write(office, plan.plan(), new ReportingPeriod(104, 2), file,
					entries -> entries.get("1.1").description = "第 " + n + " 版執行情形");
			IngestFixture.touch(file, JULY_5.plusMinutes(n));
		}
		return sheets;
	}

	/** Regular files under {@code root} not hidden; 0 while it does not exist or changes under the walk. */
	static long count(Path root) {
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).count();
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return 0;
		}
	}

}

package tw.gov.quality.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.Deadline;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanWorkbookReader;
import tw.gov.quality.progress.Field;
import tw.gov.quality.progress.ItemStatus;
import tw.gov.quality.progress.ProgressRow;
import tw.gov.quality.progress.ProgressSheet;
import tw.gov.quality.progress.ProgressSheetLayout;
import tw.gov.quality.progress.ProgressSheetParser;
import tw.gov.quality.spreadsheet.XlsxReader;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.ReportedItem;
import tw.gov.quality.validation.SheetValidator;
import tw.gov.quality.validation.Validation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo inbox as documented in src/main/resources/demo/README.md: written from the seed plans and the
 * configured offices, then read back and validated as ingestion would. In the generated template the first
 * item is row 11; 執行狀態 is column I, 累計辦理數量 J, 完成日期 K, 執行情形 L, 備註 M.
 */
class DemoSubmissionsTests {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	/** What README.md promises for each office: outcome, modification time, every finding (rule, item, cell). */
	private record Expected(Expectation outcome, LocalDateTime modifiedAt, List<String> findings) {
	}

	private static final Map<String, Expected> EXPECTED = new LinkedHashMap<>();

	static {
		EXPECTED.put("AEA-TXG", new Expected(Expectation.ON_TIME, at(2015, 7, 8, 15, 40), List.of()));
		EXPECTED.put("AEA-NTP", new Expected(Expectation.ON_TIME, at(2018, 7, 5, 15, 10), List.of()));
		EXPECTED.put("TPE-CA-SLHR", new Expected(Expectation.ON_TIME, at(2009, 7, 7, 11, 5), List.of()));
		EXPECTED.put("TYC-XW", new Expected(Expectation.ON_TIME, at(2007, 7, 9, 14, 30),
				List.of("DEADLINE_PASSED 1.3.4 進度回報!I22")));
		EXPECTED.put("AEA-TPE", new Expected(Expectation.ON_TIME, at(2015, 7, 6, 16, 45), List.of()));
		EXPECTED.put("AEA-SHL", new Expected(Expectation.ON_TIME, at(2015, 7, 8, 10, 20),
				List.of("BEHIND_PACE 1.3 進度回報!J13", "NOT_APPLICABLE_WITHOUT_REASON 1.4 進度回報!M14")));
		EXPECTED.put("AEA-TYN", new Expected(Expectation.REFUSED, at(2015, 7, 9, 17, 30),
				List.of("QUANTITY_UNREADABLE 3.2 進度回報!J23", "COMPLETED_WITHOUT_DATE 5.2 進度回報!K34")));
		EXPECTED.put("AEA-KHH", new Expected(Expectation.LATE, at(2015, 7, 13, 9, 20), List.of()));
		EXPECTED.put("AEA-HSZ", new Expected(Expectation.ON_TIME, at(2015, 7, 6, 12, 5), List.of()));
		EXPECTED.put("AEA-CHW", new Expected(Expectation.ON_TIME, at(2015, 7, 7, 14, 30), List.of()));
		EXPECTED.put("AEA-CYI", new Expected(Expectation.ON_TIME, at(2015, 7, 8, 14, 45), List.of()));
		EXPECTED.put("AEA-TNN", new Expected(Expectation.ON_TIME, at(2015, 7, 9, 13, 15), List.of()));
		EXPECTED.put("AEA-PIF", new Expected(Expectation.ON_TIME, at(2015, 7, 6, 13, 30), List.of()));
		EXPECTED.put("AEA-HUN", new Expected(Expectation.ON_TIME, at(2015, 7, 8, 10, 30), List.of()));
		EXPECTED.put("AEA-ILA", new Expected(Expectation.ON_TIME, at(2015, 7, 7, 10, 30), List.of()));
	}

	@TempDir
	static Path inbox;

	static List<Plan> plans;

	static OfficeRegistry offices;

	static List<Path> written;

	@BeforeAll
	static void writeTheDemoInbox() throws Exception {
		plans = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("input-templates/plans"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
				plans.add(new PlanWorkbookReader().read(file).plan());
			}
		}
		offices = configuredOffices();
		written = DemoSubmissions.write(inbox, DemoSubmissionsTests::planFor, offices);
	}

	@Test
	void everyOfficeButTheMissingOneDropsOneFileInItsFolder() throws IOException {
		assertThat(written).extracting(file -> file.getParent().getFileName().toString())
			.containsExactly("AEA-TXG", "AEA-NTP", "TPE-CA-SLHR", "TYC-XW", "AEA-TPE", "AEA-SHL", "AEA-TYN", "AEA-KHH",
					"AEA-HSZ", "AEA-CHW", "AEA-CYI", "AEA-TNN", "AEA-PIF", "AEA-HUN", "AEA-ILA");
		// AEA-NTP has its own plan only for 107: for 104 it sends nothing and is the demo's missing office.
		assertThat(inbox.resolve("AEA-NTP")).isDirectoryNotContaining("glob:**104*");
		try (Stream<Path> all = Files.walk(inbox)) {
			assertThat(all.filter(Files::isRegularFile)).containsExactlyInAnyOrderElementsOf(written);
		}
	}

	@Test
	void theSubmissionsTsvSaysWhatTheReadmeSays() throws IOException {
		Map<String, Expectation> listed = new LinkedHashMap<>();
		for (DemoSubmission submission : DemoSubmission.all()) {
			listed.put(submission.officeCode(), submission.expectation());
		}
		Map<String, Expectation> documented = new LinkedHashMap<>();
		EXPECTED.forEach((office, expected) -> documented.put(office, expected.outcome()));
		assertThat(listed).containsExactlyEntriesOf(documented);
	}

	@Test
	void eachFileIsAcceptedOrRefusedWithExactlyTheIntendedFindings() throws Exception {
		for (Path file : written) {
			String office = folder(file);
			Expected expected = EXPECTED.get(office);
			Validation validation = validate(file);
			assertThat(validation.findings()).as(office)
				.extracting(f -> f.rule() + " " + f.itemCode() + " " + f.cell())
				.containsExactlyInAnyOrderElementsOf(expected.findings());
			assertThat(validation.accepted()).as(office).isEqualTo(expected.outcome() != Expectation.REFUSED);
			if (expected.outcome() == Expectation.REFUSED) {
				assertThat(validation.findings()).as(office).allMatch(Finding::isError);
			}
			else {
				assertThat(validation.items()).as(office).hasSize(validation.plan().items().size());
			}
		}
	}

	@Test
	void modificationTimesAreAsDocumentedAroundTheDeadline() throws Exception {
		for (Path file : written) {
			Expected expected = EXPECTED.get(folder(file));
			LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), TAIPEI);
			assertThat(modified).as(file.toString()).isEqualTo(expected.modifiedAt());
			ReportingPeriod period = validate(file).period();
			// The default deadline: the 10th of the month after the quarter, 23:59:59 Asia/Taipei.
			LocalDateTime deadline = period.lastDay().plusDays(10).atTime(23, 59, 59);
			if (expected.outcome() == Expectation.LATE) {
				assertThat(modified).as(file.toString()).isAfter(deadline);
			}
			else {
				assertThat(modified).as(file.toString()).isBefore(deadline).isAfter(deadline.minusDays(7));
			}
		}
	}

	@Test
	void everyItemHasItsOwnDescription() throws Exception {
		for (Path file : written) {
			ProgressSheet sheet = readSheet(file);
			Set<String> seen = new HashSet<>();
			for (ProgressRow row : sheet.rows()) {
				String description = row.description().map(Field::text).orElse("");
				String code = row.code().map(Field::text).orElse("?");
				assertThat(description).as(folder(file) + " " + code).isNotBlank();
				assertThat(seen.add(description.strip())).as(folder(file) + " " + code + " repeats another item's text")
					.isTrue();
			}
			assertThat(seen).as(folder(file)).hasSize(planFor(folder(file), year(sheet)).orElseThrow().items().size());
		}
	}

	@Test
	void completedItemsHaveADateInThePlanYearBeforeTheQuarterEndsAndTheirDeadline() throws Exception {
		for (Path file : written) {
			Validation validation = validate(file);
			if (!validation.accepted()) {
				continue;
			}
			ReportingPeriod period = validation.period();
			for (ReportedItem item : validation.items()) {
				String where = folder(file) + " " + item.itemCode();
				if (item.status() != ItemStatus.COMPLETED) {
					assertThat(item.completedOn()).as(where).isNull();
					continue;
				}
				assertThat(item.completedOn()).as(where).isNotNull().isBetween(period.firstDay(), period.lastDay());
				Deadline deadline = validation.plan().item(item.itemCode()).orElseThrow().deadline();
				if (deadline instanceof Deadline.Fixed fixed) {
					assertThat(item.completedOn()).as(where).isBeforeOrEqualTo(fixed.due());
				}
			}
		}
	}

	@Test
	void theReporterFillsInNamePhoneAndDate() throws Exception {
		for (Path file : written) {
			ProgressSheet sheet = readSheet(file);
			for (String label : List.of(ProgressSheetLayout.REPORTER, ProgressSheetLayout.PHONE,
					ProgressSheetLayout.REPORT_DATE)) {
				assertThat(sheet.metadata(label).map(Field::text).orElse("")).as(folder(file) + " " + label)
					.isNotBlank();
			}
			assertThat(sheet.identity(ProgressSheetLayout.ID_OFFICE_CODE)).contains(folder(file));
		}
	}

	@Test
	void writingAgainReplacesTheFiles() throws Exception {
		assertThat(DemoSubmissions.write(inbox, DemoSubmissionsTests::planFor, offices)).isEqualTo(written);
		try (Stream<Path> all = Files.walk(inbox)) {
			assertThat(all.filter(Files::isRegularFile)).hasSameSizeAs(written);
		}
	}

	private static Validation validate(Path file) throws Exception {
		return new SheetValidator(DemoSubmissionsTests::planFor, (office, period) -> Map.of())
			.validate(readSheet(file), folder(file));
	}

	private static ProgressSheet readSheet(Path file) throws Exception {
		ProgressSheetParser parser = new ProgressSheetParser();
		new XlsxReader().read(file, parser);
		return parser.result();
	}

	private static int year(ProgressSheet sheet) {
		return Integer.parseInt(sheet.metadata(ProgressSheetLayout.YEAR).orElseThrow().text());
	}

	private static String folder(Path file) {
		return file.getParent().getFileName().toString();
	}

	/** The office's own plan for the year, else its nearest ancestor's: what PlanRegistry answers. */
	private static Optional<Plan> planFor(String officeCode, int rocYear) {
		List<String> candidates = new ArrayList<>();
		candidates.add(officeCode);
		offices.ancestors(officeCode).forEach(ancestor -> candidates.add(ancestor.code()));
		for (String candidate : candidates) {
			Optional<Plan> plan = plans.stream()
				.filter(p -> p.officeCode().equals(candidate) && p.rocYear() == rocYear)
				.findFirst();
			if (plan.isPresent()) {
				return plan;
			}
		}
		return Optional.empty();
	}

	/** The office tree of config/application.yml, the one the demo command runs with. */
	@SuppressWarnings("unchecked")
	private static OfficeRegistry configuredOffices() throws IOException {
		Map<String, Object> config;
		try (Reader reader = Files.newBufferedReader(Path.of("config/application.yml"), StandardCharsets.UTF_8)) {
			config = new Yaml().load(reader);
		}
		List<Map<String, Object>> entries = (List<Map<String, Object>>) ((Map<String, Object>) config.get("quality"))
			.get("offices");
		return new OfficeRegistry(entries.stream()
			.map(entry -> new Office((String) entry.get("code"), (String) entry.get("name"),
					(String) entry.get("parent"), Office.Contact.NONE))
			.toList());
	}

	private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute);
	}

}

package tw.gov.quality.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.security.UserDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.gov.quality.web.ConsoleQuarter.as;

/**
 * What a killed consolidation leaves behind (a version with only its workbook, a 0-byte partial
 * file, a staging folder) is never offered by the API, the console or a download, and the next
 * consolidation or start removes it and numbers its own version right after the last complete one.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class IncompleteReportVersionsTests {

	private static final ReportingPeriod Q3 = new ReportingPeriod(104, 3);

	private static final LocalDateTime AS_OF = LocalDateTime.of(2015, 10, 15, 9, 0);

	@Autowired
	Consolidation consolidation;

	@Autowired
	PublishedReports reports;

	@Autowired
	ReportFolderSweep sweep;

	@Autowired
	Folders folders;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	Path base;

	@BeforeEach
	void oneCompleteVersionAndThreeInterruptedOnes() throws Exception {
		base = ConsolidationJobConfiguration.reportFolder(folders, Q3, "MOJ-AEA");
		IngestTesting.deleteRecursively(base);
		Consolidation.Result first = consolidation.consolidate(Q3, "MOJ-AEA", AS_OF);
		assertThat(first.status()).isEqualTo(BatchStatus.COMPLETED);
		Path v1 = base.resolve("v1");
		Path workbook;
		try (Stream<Path> files = Files.list(v1)) {
			workbook = files.filter(f -> f.getFileName().toString().startsWith(PublishedReports.WORKBOOK_PREFIX))
				.findFirst()
				.orElseThrow();
		}
		// An earlier program killed after the workbook, before any review form and the manifest.
		Files.createDirectories(base.resolve("v2"));
		Files.copy(workbook, base.resolve("v2").resolve(workbook.getFileName()));
		// Killed while the workbook was being written.
		Files.createDirectories(base.resolve("v3"));
		Files.createFile(base.resolve("v3").resolve(".writing-4711.xlsx"));
		// Killed while its staging folder was being written.
		Path staging = Files.createDirectories(base.resolve(".v2.writing-8472"));
		Files.copy(workbook, staging.resolve(workbook.getFileName()));
		Files.copy(v1.resolve("審查意見表_AEA-TPE_104年第3季.xlsx"), staging.resolve("審查意見表_AEA-TPE_104年第3季.xlsx"));
	}

	@Test
	void onlyCompleteVersionsAreListedOrDownloadable() throws Exception {
		assertThat(reports.versions(Q3, "MOJ-AEA")).singleElement().satisfies(version -> {
			assertThat(version.version()).isEqualTo(1);
			assertThat(version.reviewOffices()).hasSize(13);
		});
		assertThat(reports.workbook(Q3, "MOJ-AEA", 2)).isEmpty();
		assertThat(reports.workbook(Q3, "MOJ-AEA", 3)).isEmpty();
		assertThat(reports.reviewForm(Q3, "MOJ-AEA", 2, "AEA-TPE")).isEmpty();

		mvc.perform(get("/api/reports").param("year", "104").param("quarter", "3").with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.supervisor.code == 'MOJ-AEA')].versions[*].version").value(1));
		mvc.perform(get("/downloads").param("year", "104").param("quarter", "3").with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/files/reports/104/3/MOJ-AEA/1/workbook"),
					not(containsString("/files/reports/104/3/MOJ-AEA/2/")), not(containsString("writing")))));
		mvc.perform(get("/files/reports/104/3/MOJ-AEA/2/workbook").with(as(users, "t-aea")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/files/reports/104/3/MOJ-AEA/2/workbook").with(as(users, "t-aea")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theNextConsolidationRemovesThemAndWritesTheNextNumber(CapturedOutput output) throws Exception {
		Consolidation.Result second = consolidation.consolidate(Q3, "MOJ-AEA", AS_OF);

		assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(second.folders()).singleElement().asString().endsWith(Path.of("MOJ-AEA", "v2").toString());
		try (Stream<Path> children = Files.list(base)) {
			assertThat(children.map(child -> child.getFileName().toString())).containsExactlyInAnyOrder("v1", "v2");
		}
		try (Stream<Path> files = Files.list(base.resolve("v2"))) {
			assertThat(files.map(file -> file.getFileName().toString()))
				.contains(ReportVersions.MANIFEST, "審查意見表_AEA-TPE_104年第3季.xlsx", "執行情形明細_MOJ-AEA_104年第3季.xlsx")
				.noneMatch(name -> name.startsWith("."))
				.hasSize(1 + 1 + 13 + 1);
		}
		assertThat(reports.versions(Q3, "MOJ-AEA")).extracting(PublishedReports.ReportVersion::version)
			.containsExactly(2, 1);
		assertThat(output).contains("Removed incomplete report folder", ".v2.writing-8472", "v3");
	}

	@Test
	void twoRunsAtOnceForTheSameSupervisorWriteOneWholeVersionEach() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Consolidation.Result> one = pool.submit(() -> consolidation.consolidate(Q3, "MOJ-AEA", AS_OF));
			Future<Consolidation.Result> other = pool
				.submit(() -> consolidation.consolidate(Q3, "MOJ-AEA", AS_OF.plusMinutes(1)));
			assertThat(List.of(one.get(5, TimeUnit.MINUTES), other.get(5, TimeUnit.MINUTES)))
				.allSatisfy(result -> assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED))
				.flatExtracting(Consolidation.Result::folders)
				.map(folder -> Path.of(folder).getFileName().toString())
				.containsExactlyInAnyOrder("v2", "v3");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(ReportVersions.leftovers(base)).isEmpty();
		assertThat(reports.versions(Q3, "MOJ-AEA")).extracting(PublishedReports.ReportVersion::version)
			.containsExactly(3, 2, 1);
		assertThat(reports.versions(Q3, "MOJ-AEA")).allSatisfy(version -> assertThat(version.reviewOffices()).hasSize(13));
	}

	@Test
	void startUpRemovesThemToo(CapturedOutput output) throws Exception {
		assertThat(sweep.sweep()).isEqualTo(3);

		try (Stream<Path> children = Files.list(base)) {
			assertThat(children.map(child -> child.getFileName().toString())).containsExactly("v1");
		}
		assertThat(output).contains("Removed incomplete report folder");
	}

}

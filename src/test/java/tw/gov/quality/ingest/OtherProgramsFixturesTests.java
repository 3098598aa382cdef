package tw.gov.quality.ingest;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sheets as other programs write them, made once and committed under fixtures/ (see the README in each
 * folder): LibreOffice Calc's .ods, .xls and .xlsx of a filled template, and openpyxl's and pandas' .xlsx
 * (the template loaded and saved again, a sheet typed from scratch, an analyst's DataFrame). Every one
 * holds the same figures and is read as its program shows it.
 */
@IntegrationTest
class OtherProgramsFixturesTests {

	private static final LocalDateTime JULY_5 = LocalDateTime.of(2015, 7, 5, 10, 30);

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

	IngestFixture fixture;

	@BeforeEach
	void cleanInbox() throws Exception {
		fixture = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
	}

	@ParameterizedTest
	@ValueSource(strings = { "libreoffice/AEA-TXG-104-Q2.ods", "libreoffice/AEA-TXG-104-Q2.xls",
			"libreoffice/AEA-TXG-104-Q2.xlsx", "openpyxl/AEA-TXG-104-Q2-resaved.xlsx",
			"openpyxl/AEA-TXG-104-Q2-typed.xlsx", "openpyxl/AEA-TXG-104-Q2-pandas.xlsx" })
	void aSheetWrittenByAnotherProgramIsAcceptedWithWhatWasTyped(String resource) throws Exception {
		byte[] original;
		try (InputStream in = getClass().getResourceAsStream("/fixtures/" + resource)) {
			original = in.readAllBytes();
		}
		String name = resource.substring(resource.indexOf('/') + 1);
		Path file = Files.write(fixture.inbox("AEA-TXG", name), original);
		IngestFixture.touch(file, JULY_5);

		assertThat(fixture.ingest().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		IngestFixture.Stored stored = fixture.only();
		assertThat(stored.state()).isEqualTo("ACCEPTED");
		assertThat(fixture.findings(stored.id())).isEmpty();
		assertThat(fixture.items(stored.id())).isEqualTo(33);
		assertThat(Path.of(stored.archivedPath())).hasBinaryContent(original);
		// 已完成 with a date cell, the cumulative figure typed as a number
		assertThat(fixture.item(stored.id(), "1.2")).satisfies(item -> {
			assertThat(item.status()).isEqualTo("COMPLETED");
			assertThat(item.cumulative()).isEqualByComparingTo("1");
			assertThat(item.completedOn()).isEqualTo(LocalDate.of(2015, 4, 30));
		});
		assertThat(fixture.item(stored.id(), "5.3")).satisfies(item -> {
			assertThat(item.status()).isEqualTo("COMPLETED");
			assertThat(item.completedOn()).isEqualTo(LocalDate.of(2015, 6, 15));
		});
		// the cumulative figure stored as text
		assertThat(fixture.item(stored.id(), "1.6")).satisfies(item -> {
			assertThat(item.status()).isEqualTo("ONGOING");
			assertThat(item.cumulative()).isEqualByComparingTo(new BigDecimal("120"));
			assertThat(item.completedOn()).isNull();
		});
		// 執行情形 typed on two lines
		assertThat(fixture.item(stored.id(), "1.1").description())
			.isEqualTo("4月完成服務台動線調整，增設無障礙引導標示。\n6月辦理民眾滿意度問卷，回收 120 份。");
		assertThat(fixture.item(stored.id(), "1.3").description()).isEqualTo("第2季辦理項次 1.3 相關工作，成效良好。");
		assertThat(Receipts.text(stored.receiptPath())).contains(name).contains("已接受").contains("無待修正事項");
	}

}

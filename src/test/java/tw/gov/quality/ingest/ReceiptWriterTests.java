package tw.gov.quality.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.spreadsheet.SameSheets;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.Rule;

import static org.assertj.core.api.Assertions.assertThat;

/** A receipt lists every finding, however many; the streamed receipt is, cell for cell, the one POI would build. */
class ReceiptWriterTests {

	@TempDir
	Path dir;

	@Test
	void shortAndLongReceiptsListEveryFinding() throws Exception {
		for (int count : new int[] { 3, 250 }) {
			List<Finding> findings = IntStream.rangeClosed(1, count)
				.mapToObj(n -> new Finding(Rule.ITEM_UNKNOWN, "進度回報!A" + (n + 10), "9." + n, "項次 9." + n + " 不在計畫中",
						"請確認項次"))
				.toList();
			Receipt receipt = new Receipt(false, "AEA-TPE", "法務部行政執行署臺北分署", "q2.xlsx", 1234, "ab".repeat(32),
					LocalDateTime.of(2015, 7, 5, 10, 30), new ReportingPeriod(104, 2), LocalDateTime.of(2015, 7, 10, 23, 59, 59),
					"退件", false, findings);
			Path file = dir.resolve(count + ".xlsx");

			new ReceiptWriter().write(receipt, file);

			List<String> lines = Receipts.lines(file.toString());
			assertThat(lines).contains("檢查結果 | 錯誤 " + count + " 項、警告 0 項（錯誤須修正後重新上傳；警告會列入季報，請於下季改善）")
				.contains("1 | 錯誤 | 進度回報!A11 | 9.1 | 項次 9.1 不在計畫中 | 請確認項次")
				.contains(count + " | 錯誤 | 進度回報!A" + (count + 10) + " | 9." + count + " | 項次 9." + count + " 不在計畫中 | 請確認項次")
				.hasSize(11 + count);
		}
	}

	/** What an office typed is shown as typed, even text that looks like Excel's own escapes. */
	@Test
	void textThatLooksLikeAnExcelEscapeStaysAsTyped() throws Exception {
		Receipt receipt = new Receipt(false, "AEA-TPE", "法務部行政執行署臺北分署", "q2.xlsx", 1, "ab".repeat(32),
				LocalDateTime.of(2015, 7, 5, 10, 30), null, null, "退件", false,
				List.of(new Finding(Rule.ITEM_UNKNOWN, "進度回報!A11", "_x0041_", "項次 _x0041_ 不在計畫中", null)));
		Path file = dir.resolve("escape.xlsx");

		new ReceiptWriter().write(receipt, file);

		assertThat(Receipts.lines(file.toString())).contains("1 | 錯誤 | 進度回報!A11 | _x0041_ | 項次 _x0041_ 不在計畫中");
	}

	@Test
	void theStreamedReceiptIsTheOnePoiBuilds() throws Exception {
		List<Finding> findings = List.of(
				new Finding(Rule.ITEM_UNKNOWN, "進度回報!A11", "9.1", "項次 9.1 不在計畫中", "請確認項次"),
				new Finding(Rule.NO_TABLE, null, null, "說明 <A&B> \"引號\" 'x' 控制\u0001字元",
						null),
				new Finding(Rule.DESCRIPTION_MISSING, "進度回報!H12", "1.1", " 前後空白 ",
						"很長的修正說明，".repeat(30) + "\n第二段"));
		Receipt[] receipts = {
				new Receipt(false, "AEA-TPE", "法務部行政執行署臺北分署", "A&B 第2季\n.xlsx", 1234, "ab".repeat(32),
						LocalDateTime.of(2015, 7, 5, 10, 30), new ReportingPeriod(104, 2),
						LocalDateTime.of(2015, 7, 1, 23, 59, 59), "退件", false, findings),
				new Receipt(true, null, null, "q2.xlsx", 1, "cd".repeat(32), LocalDateTime.of(2015, 7, 5, 10, 30), null, null,
						"已接受", true, List.of()) };
		int n = 0;
		for (Receipt receipt : receipts) {
			Path file = dir.resolve("receipt" + n++ + ".xlsx");
			new ReceiptWriter().write(receipt, file);
			try (XSSFWorkbook expected = ReceiptWriter.model(receipt);
					InputStream in = Files.newInputStream(file);
					XSSFWorkbook written = new XSSFWorkbook(in)) {
				assertThat(written.getNumberOfSheets()).isEqualTo(1);
				assertThat(written.getStylesSource().getNumCellStyles())
					.isEqualTo(expected.getStylesSource().getNumCellStyles());
				XSSFSheet want = expected.getSheet(ReceiptWriter.SHEET);
				XSSFSheet got = written.getSheet(ReceiptWriter.SHEET);
				assertThat(got).isNotNull();
				SameSheets.assertSameSheet(got, want, 6);
				assertThat(got.getPrintSetup().getLandscape()).isTrue();
				assertThat(got.getFitToPage()).isTrue();
			}
		}
	}

}

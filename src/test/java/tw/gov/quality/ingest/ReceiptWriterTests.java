package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.Rule;

import static org.assertj.core.api.Assertions.assertThat;

/** A short receipt is built in memory, a long one streamed; the office reads the same thing either way. */
class ReceiptWriterTests {

	@TempDir
	Path dir;

	@Test
	void shortAndLongReceiptsListEveryFinding() throws Exception {
		for (int count : new int[] { 3, ReceiptWriter.IN_MEMORY_FINDINGS + 50 }) {
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

}

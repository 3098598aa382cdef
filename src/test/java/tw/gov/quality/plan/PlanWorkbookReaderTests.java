package tw.gov.quality.plan;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Malformed plan workbooks: each refusal names the file, the sheet and the row. */
class PlanWorkbookReaderTests {

	private static final List<String> HEADER = List.of("項次", "實施要項", "具體推動作法", "完成期限", "承辦單位", "預期效益", "目標數量",
			"目標單位", "目標週期");

	@TempDir
	Path dir;

	private Path workbook(List<List<String>> items) throws Exception {
		Path file = dir.resolve("plan.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("計畫");
			row(sheet, 0, List.of("機關代碼", "AEA-TPE"));
			row(sheet, 1, List.of("計畫年度", "１０７年"));
			row(sheet, 2, List.of("計畫名稱", "107年度測試計畫"));
			row(sheet, 4, HEADER);
			for (int i = 0; i < items.size(); i++) {
				row(sheet, 5 + i, items.get(i));
			}
			workbook.write(out);
		}
		return file;
	}

	private static void row(Sheet sheet, int index, List<String> values) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < values.size(); c++) {
			row.createCell(c).setCellValue(values.get(c));
		}
	}

	private static List<String> item(String code, String strategy) {
		return List.of(code, strategy, "辦理宣導活動", "經常辦理", "秘書室、政風室", "拉近與民眾距離", "4", "次", "每年");
	}

	@Test
	void aWellFormedPlanIsRead() throws Exception {
		Plan plan = new PlanWorkbookReader()
			.read(workbook(List.of(item("1.1", "一、提升服務品質"), List.of(), item("2.4", "二、便捷服務程序"))))
			.plan();
		assertThat(plan.rocYear()).isEqualTo(107);
		assertThat(plan.items()).extracting(PlanItem::code).containsExactly("1.1", "2.4");
		assertThat(plan.items().get(0).units()).containsExactly("秘書室", "政風室");
		assertThat(plan.items().get(0).target()).isEqualTo(new Target(4, "次", Frequency.YEARLY));
		assertThat(plan.strategies()).extracting(Strategy::title).containsExactly("提升服務品質", "便捷服務程序");
	}

	@Test
	void aDuplicatedItemIsRefusedWithBothRows() throws Exception {
		Path file = workbook(List.of(item("1.1", "一、甲"), item("1.1", "一、甲")));
		assertThatExceptionOfType(PlanFormatException.class).isThrownBy(() -> new PlanWorkbookReader().read(file))
			.withMessage("計畫檔 plan.xlsx 工作表「計畫」第 7 列：項次 1.1 與第 6 列重複");
	}

	@Test
	void anItemCodeThatIsNotANumberingIsRefused() throws Exception {
		Path file = workbook(List.of(item("甲", "一、甲")));
		assertThatExceptionOfType(PlanFormatException.class).isThrownBy(() -> new PlanWorkbookReader().read(file))
			.withMessageContaining("第 6 列")
			.withMessageContaining("項次「甲」格式不正確");
	}

	@Test
	void anItemUnderTheWrongStrategyIsRefused() throws Exception {
		Path file = workbook(List.of(item("2.1", "一、甲")));
		assertThatExceptionOfType(PlanFormatException.class).isThrownBy(() -> new PlanWorkbookReader().read(file))
			.withMessageContaining("第 6 列")
			.withMessageContaining("屬於實施要項二");
	}

	@Test
	void aTargetThatIsNotAPositiveNumberIsRefused() throws Exception {
		Path file = workbook(List.of(List.of("1.1", "一、甲", "辦理", "經常辦理", "秘書室", "效益", "四", "次", "每年")));
		assertThatExceptionOfType(PlanFormatException.class).isThrownBy(() -> new PlanWorkbookReader().read(file))
			.withMessageContaining("目標數量「四」應為正整數");
	}

	@Test
	void anUnknownTargetPeriodIsRefused() throws Exception {
		Path file = workbook(List.of(List.of("1.1", "一、甲", "辦理", "經常辦理", "秘書室", "效益", "4", "次", "偶爾")));
		assertThatExceptionOfType(PlanFormatException.class).isThrownBy(() -> new PlanWorkbookReader().read(file))
			.withMessageContaining("目標週期「偶爾」");
	}

	@Test
	void aMissingActionIsRefused() throws Exception {
		Path file = workbook(List.of(List.of("1.1", "一、甲", "", "經常辦理", "秘書室", "效益")));
		assertThatExceptionOfType(PlanFormatException.class).isThrownBy(() -> new PlanWorkbookReader().read(file))
			.withMessageContaining("「具體推動作法」空白");
	}

	@Test
	void aWorkbookWithoutHeaderRowIsRefused() throws Exception {
		Path file = dir.resolve("empty.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			row(workbook.createSheet("計畫"), 0, List.of("機關代碼", "AEA-TPE"));
			workbook.write(out);
		}
		assertThatExceptionOfType(PlanFormatException.class).isThrownBy(() -> new PlanWorkbookReader().read(file))
			.withMessageContaining("計畫檔 empty.xlsx 工作表「計畫」")
			.withMessageContaining("找不到標題列");
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefused() throws Exception {
		Path file = dir.resolve("notes.xlsx");
		Files.writeString(file, "項次,具體推動作法\n1.1,辦理\n");
		assertThatExceptionOfType(PlanFormatException.class).isThrownBy(() -> new PlanWorkbookReader().read(file))
			.withMessageStartingWith("計畫檔 notes.xlsx 無法讀取");
	}

	@Test
	void writerAndReaderAgree() throws Exception {
		Plan original = new PlanWorkbookReader().read(Path.of("input-templates/plans/TYC-XW-096.xlsx")).plan();
		Path copy = dir.resolve("copy.xlsx");
		new PlanWorkbookWriter().write(original, "桃園縣新屋鄉公所", copy);
		PlanWorkbookReader.Result reread = new PlanWorkbookReader().read(copy);
		assertThat(reread.plan()).isEqualTo(original);
		assertThat(reread.officeName()).isEqualTo("桃園縣新屋鄉公所");
	}

}

package tw.gov.quality.spreadsheet;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a file in the inbox has its end yet: a copy under way is waited for, a whole one is not. */
class ContainerEndsTests {

	@TempDir
	Path folder;

	@Test
	void aWholeWorkbookHasItsEndAndACutOneIsMissingIt() throws Exception {
		for (Path whole : new Path[] { xlsx(folder.resolve("sheet.xlsx")), xls(folder.resolve("sheet.xls")) }) {
			assertThat(ContainerEnds.there(whole)).as(whole.toString()).isTrue();
			assertThat(ContainerEnds.missing(whole)).as(whole.toString()).isFalse();

			byte[] bytes = Files.readAllBytes(whole);
			Path cut = Files.write(folder.resolve("cut-" + whole.getFileName()), Arrays.copyOf(bytes, bytes.length / 2));
			assertThat(ContainerEnds.there(cut)).as(cut.toString()).isFalse();
			assertThat(ContainerEnds.missing(cut)).as(cut.toString()).isTrue();
		}
	}

	@Test
	void anEmptyFileIsMissingItsEnd() throws Exception {
		Path empty = Files.createFile(folder.resolve("empty.xlsx"));

		assertThat(ContainerEnds.missing(empty)).isTrue();
		assertThat(ContainerEnds.there(empty)).isFalse();
	}

	/** Bytes after a zip's end record (padding, or a zip stored inside one still being copied): not judged. */
	@Test
	void bytesAfterTheEndRecordOrAnotherKindOfFileAreNotJudged() throws Exception {
		Path padded = xlsx(folder.resolve("padded.xlsx"));
		Files.write(padded, new byte[64], java.nio.file.StandardOpenOption.APPEND);
		Path csv = Files.writeString(folder.resolve("sheet.csv"), "項次,執行情形\n1.1,已完成\n", StandardCharsets.UTF_8);

		for (Path file : new Path[] { padded, csv }) {
			assertThat(ContainerEnds.there(file)).as(file.toString()).isFalse();
			assertThat(ContainerEnds.missing(file)).as(file.toString()).isFalse();
		}
	}

	private static Path xlsx(Path file) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("進度").createRow(0).createCell(0).setCellValue("1.1");
			workbook.write(out);
		}
		return file;
	}

	private static Path xls(Path file) throws Exception {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("進度").createRow(0).createCell(0).setCellValue("1.1");
			workbook.write(out);
		}
		return file;
	}

}

package tw.gov.quality.spreadsheet;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetReadersTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@CsvSource({ "XLSX, XlsxReader", "XLS, XlsReader", "ODS, OdsReader" })
	void choosesTheReaderByWhatTheBytesAre(SpreadsheetFormat format, String reader) {
		assertThat(SpreadsheetReaders.forFormat(format, SpreadsheetLimits.defaults()).getClass().getSimpleName())
			.isEqualTo(reader);
	}

	@Test
	void givesTheOdsReaderTheUncompressedLimit() throws Exception {
		Path file = dir.resolve("large.ods");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
					+ " ".repeat(5000) + "</office:document-content>").getBytes(StandardCharsets.UTF_8));
		}
		SpreadsheetLimits limits = new SpreadsheetLimits(1024 * 1024, 100, 4096, 0.001);

		assertThatThrownBy(() -> SpreadsheetReaders.forFormat(SpreadsheetFormat.ODS, limits)
			.read(file, new RecordingRowHandler())).isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("4096 位元組");
	}

}

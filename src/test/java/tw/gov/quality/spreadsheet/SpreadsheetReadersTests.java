package tw.gov.quality.spreadsheet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetReadersTests {

	@ParameterizedTest
	@CsvSource({ "計畫.xlsx, XlsxReader", "REPORT.XLSX, XlsxReader", "舊檔.xls, XlsReader", "Old.Xls, XlsReader",
			"國發會.ods, OdsReader", "a.b.ODS, OdsReader" })
	void choosesTheReaderByExtension(String fileName, String reader) throws Exception {
		assertThat(SpreadsheetReaders.forFileName(fileName).getClass().getSimpleName()).isEqualTo(reader);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "計畫.csv", "計畫.xlsm", "計畫.ots", "計畫.xls.exe", "xlsx", "計畫" })
	void refusesAnythingElseNamingTheAcceptedFormats(String fileName) {
		assertThatThrownBy(() -> SpreadsheetReaders.forFileName(fileName))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining(".xlsx")
			.hasMessageContaining(".xls）")
			.hasMessageContaining(".ods");
	}

}

package tw.gov.quality.progress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import tw.gov.quality.spreadsheet.SheetCell;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.progress.Fields.*;

class ItemCodesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2.4       | 2.4
			2-4       | 2.4
			2－4      | 2.4
			2–4       | 2.4
			2、4      | 2.4
			二、4     | 2.4
			二.4      | 2.4
			二．4     | 2.4
			２．４    | 2.4
			(二)4     | 2.4
			（二）4   | 2.4
			（二）、4 | 2.4
			(2)4      | 2.4
			' 2.4 '   | 2.4
			2 . 4     | 2.4
			2。4      | 2.4
			02.04     | 2.4
			十、3     | 10.3
			十二、3   | 12.3
			1.5.3     | 1.5.3
			1-5-3     | 1.5.3
			一、5.3   | 1.5.3
			一、5-3   | 1.5.3
			１．５．３ | 1.5.3
			2.10      | 2.10
			99.99     | 99.99
			12.3.45   | 12.3.45
			""")
	void readsTextCodes(String text, String code) {
		assertThat(ItemCodes.normalize(text(text))).contains(code);
	}

	@Test
	void readsCodesWithLineBreaks() {
		assertThat(ItemCodes.normalize(text("二、\n4"))).contains("2.4");
	}

	@ParameterizedTest
	@CsvSource({ "2.4, 2.4", "1.53, 1.53", "10.1, 10.1" })
	void readsNumberCells(String number, String code) {
		assertThat(ItemCodes.normalize(number(number))).contains(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "2", "二", "二4", "24", "2..4", "2.4.", ".2.4", "2.4.3.1", "2/4", "2,4", "A.4",
			"二、四", "0.4", "2.0", "2.0.1", "100.1", "2.100", "項次2.4", "2.4項", "一、提升服務品質", "合計", "十十、1",
			"二十十、1", "一二、3", "-2.4", "2.4a" })
	void refusesWhatIsNotACode(String text) {
		assertThat(ItemCodes.normalize(text(text))).isEmpty();
	}

	@Test
	void refusesNumberCellsOfOneLevel() {
		assertThat(ItemCodes.normalize(number("2"))).isEmpty();
		assertThat(ItemCodes.normalize(number("-2.4"))).isEmpty();
	}

	@Test
	void refusesDatesExcelMadeOfCodes() {
		// "2-4" typed into a General cell becomes 4 February: the code cannot be trusted back.
		assertThat(ItemCodes.normalize(date("2018-02-04"))).isEmpty();
	}

	@Test
	void refusesOtherKindsAndNull() {
		assertThat(ItemCodes.normalize(Fields.of(SheetCell.Kind.BOOLEAN, "TRUE"))).isEmpty();
		assertThat(ItemCodes.normalize(Fields.of(SheetCell.Kind.ERROR, "#REF!"))).isEmpty();
		assertThat(ItemCodes.normalize(null)).isEmpty();
	}

}

package tw.gov.quality.progress;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tw.gov.quality.spreadsheet.SheetCell;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.progress.Fields.*;

class QuantitiesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			12         | 12
			１２       | 12
			' 12 '     | 12
			'　12　'   | 12
			'12\\n'    | 12
			0          | 0
			1,200      | 1200
			１，２００ | 1200
			1,234,567  | 1234567
			12.5       | 12.5
			12.0       | 12
			007        | 7
			-3         | -3
			""")
	void readsNumbersStoredAsText(String text, String value) {
		assertThat(Quantities.parse(text(text.replace("\\n", "\n")))).get()
			.isEqualTo(new BigDecimal(value));
	}

	@ParameterizedTest
	@CsvSource({ "12, 12", "12.5, 12.5", "1200, 1200", "3.3333333333333335, 3.3333333333333335", "0, 0" })
	void readsNumberCells(String text, String value) {
		assertThat(Quantities.parse(number(text))).get().isEqualTo(new BigDecimal(value));
	}

	@Test
	void keepsLargeWholeNumbersPlain() {
		assertThat(Quantities.parse(number("1200")).map(BigDecimal::toPlainString)).contains("1200");
		assertThat(Quantities.parse(number("1E+3")).map(BigDecimal::toPlainString)).contains("1000");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "12次", "約10", "10左右", "十二", "12-", "1 200", "1,2", "1,20", "12,", ",12",
			"1.200,5", "12.", ".5", "1e3", "+12", "80%", "12/3", "N/A", "無", "12\n13", "--3", "１２次" })
	void refusesTextThatIsNotJustANumber(String text) {
		assertThat(Quantities.parse(text(text))).isEmpty();
	}

	@Test
	void refusesOtherKinds() {
		assertThat(Quantities.parse(date("2018-03-05"))).isEmpty();
		assertThat(Quantities.parse(Fields.of(SheetCell.Kind.BOOLEAN, "TRUE"))).isEmpty();
		assertThat(Quantities.parse(Fields.of(SheetCell.Kind.ERROR, "#DIV/0!"))).isEmpty();
		assertThat(Quantities.parse(number("not a number"))).isEmpty();
		assertThat(Quantities.parse(null)).isEmpty();
	}

}

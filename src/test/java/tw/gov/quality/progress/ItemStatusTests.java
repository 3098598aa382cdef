package tw.gov.quality.progress;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ItemStatusTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			已完成     | COMPLETED
			完成       | COMPLETED
			執行中     | IN_PROGRESS
			辦理中     | IN_PROGRESS
			進行中     | IN_PROGRESS
			持續辦理   | ONGOING
			經常辦理   | ONGOING
			賡續辦理   | ONGOING
			常態辦理   | ONGOING
			未開始     | NOT_STARTED
			未辦理     | NOT_STARTED
			尚未辦理   | NOT_STARTED
			不適用     | NOT_APPLICABLE
			N/A        | NOT_APPLICABLE
			n/a        | NOT_APPLICABLE
			NA         | NOT_APPLICABLE
			na         | NOT_APPLICABLE
			無         | NOT_APPLICABLE
			Ｎ／Ａ     | NOT_APPLICABLE
			'  已完成 ' | COMPLETED
			'　已完成　' | COMPLETED
			已 完 成   | COMPLETED
			""")
	void readsLabelsAndSynonyms(String text, ItemStatus status) {
		assertThat(ItemStatus.parse(text)).contains(status);
	}

	@Test
	void readsLineBreaksInsideTheCell() {
		assertThat(ItemStatus.parse("持續\n辦理")).contains(ItemStatus.ONGOING);
		assertThat(ItemStatus.parse("\t執行中\r\n")).contains(ItemStatus.IN_PROGRESS);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "完", "已完成了", "大致完成", "已完成?", "N", "N/", "A", "無此項", "Y", "1", "-", "COMPLETED",
			"完成;執行中" })
	void refusesEverythingElse(String text) {
		assertThat(ItemStatus.parse(text)).isEmpty();
	}

	@Test
	void labelsAreTheTemplatesDropDown() {
		assertThat(Arrays.stream(ItemStatus.values()).map(ItemStatus::label))
			.containsExactlyElementsOf(ProgressSheetLayout.STATUSES);
		for (ItemStatus status : ItemStatus.values()) {
			assertThat(ItemStatus.parse(status.label())).contains(status);
		}
	}

}

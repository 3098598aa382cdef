package tw.gov.quality.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTests {

	@Test
	void compactFoldsWhatPeopleTypeAndKeepsWhatIsAlreadyCompact() {
		assertThat(Texts.compact("項次")).isEqualTo("項次");
		assertThat(Texts.compact("2.4")).isEqualTo("2.4");
		assertThat(Texts.compact("年度內至少4次")).isEqualTo("年度內至少4次");
		assertThat(Texts.compact("項 次")).isEqualTo("項次");
		assertThat(Texts.compact("\u3000計畫年度：")).isEqualTo("計畫年度:");
		assertThat(Texts.compact("２．４")).isEqualTo("2.4");
		assertThat(Texts.compact("執行\n狀態\t")).isEqualTo("執行狀態");
		assertThat(Texts.compact("項\u200B次\uFEFF")).isEqualTo("項次");
		assertThat(Texts.compact("\uF900")).isEqualTo("\u8C48"); // a compatibility ideograph folds to its unified one
		assertThat(Texts.compact(null)).isEmpty();
	}

	@Test
	void dashesBecomeHyphensAndOtherTextIsKept() {
		assertThat(Texts.dashes("2\u20134")).isEqualTo("2-4");
		assertThat(Texts.dashes("2\uFF0D4\u2212")).isEqualTo("2-4-");
		assertThat(Texts.dashes("2-4")).isEqualTo("2-4");
		assertThat(Texts.dashes("二、4")).isEqualTo("二、4");
	}

}

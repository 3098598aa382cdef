package tw.gov.quality.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What of a failure may be shown: the innermost cause's own words, never a class, code or SQL. */
class ProblemsTests {

	static final String FALLBACK = "詳見記錄檔";

	@Test
	void theInnermostCausesTextWithoutItsClass() {
		assertThat(Problems.shownFailure("""
				org.springframework.batch.core.step.FatalStepExecutionException: Unable to process chunk
					at org.springframework.batch.core.step.Foo.bar(Foo.java:12)
				Caused by: java.lang.IllegalStateException: 找不到機關 AEA-XXX 的計畫
					at tw.gov.quality.plan.PlanRegistry.planFor(PlanRegistry.java:40)""", FALLBACK))
			.isEqualTo("找不到機關 AEA-XXX 的計畫");
		assertThat(Problems.shownFailure("IllegalArgumentException: 年度不正確", FALLBACK)).isEqualTo("年度不正確");
	}

	@Test
	void anythingTechnicalIsReplaced() {
		assertThat(Problems.shownFailure("java.nio.file.FileAlreadyExistsException: target/test-output/reports/104/Q2/MOJ-AEA",
				FALLBACK)).isEqualTo("target/test-output/reports/104/Q2/MOJ-AEA");
		assertThat(Problems.shownFailure(
				"PreparedStatementCallback; SQL [INSERT INTO deadline_extension (reason) VALUES (?)]; Data too long", FALLBACK))
			.isEqualTo(FALLBACK);
		assertThat(Problems.shownFailure("Caused by: java.sql.SQLException: (conn=5) Data too long for column 'reason'",
				FALLBACK)).isEqualTo(FALLBACK);
		assertThat(Problems.shownFailure(null, FALLBACK)).isEqualTo(FALLBACK);
		assertThat(Problems.shownFailure("NullPointerException", FALLBACK)).isEqualTo(FALLBACK);
	}

	@Test
	void onlyTheServicesOwnChineseMessagesAreShownAsTheyAre() {
		assertThat(Problems.isOwnMessage("延期原因最多 500 字")).isTrue();
		assertThat(Problems.isOwnMessage("Failed to convert value of type 'java.lang.String'")).isFalse();
		assertThat(Problems.isOwnMessage(null)).isFalse();
	}

}

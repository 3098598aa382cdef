package tw.gov.quality.database;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcBatchesTests {

	@Test
	void aChunksItemsGoInPartsSmallEnoughForTheDriversMediumBuffer() {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			rows.add(new Object[] { (long) i, "1.2.3", "COMPLETED", 4, null, "已完成辦理說明會，參加人數".repeat(4), "" });
		}

		List<List<Object[]>> parts = JdbcBatches.parts(rows);

		assertThat(parts).hasSizeGreaterThan(1);
		assertThat(parts.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(rows);
		for (List<Object[]> part : parts) {
			long characters = part.stream().mapToLong(JdbcBatchesTests::characters).sum();
			assertThat(3 * characters).isLessThan(128 * 1024);
		}
	}

	@Test
	void aRowLargerThanAPartGoesAlone() {
		Object[] large = { "說".repeat(50_000) };
		Object[] small = { "a" };

		assertThat(JdbcBatches.parts(List.of(small, large, small))).hasSize(3);
		assertThat(JdbcBatches.parts(List.of())).isEmpty();
	}

	private static long characters(Object[] row) {
		long characters = 0;
		for (Object value : row) {
			characters += value instanceof String text ? text.length() : 0;
		}
		return characters;
	}

}

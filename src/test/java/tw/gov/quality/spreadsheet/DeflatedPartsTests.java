package tw.gov.quality.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A package written from deflated parts reads back whole, by its directory and by its local headers. */
class DeflatedPartsTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(ints = { WorkbookFiles.BULK_LEVEL, Deflater.NO_COMPRESSION })
	void everyPartReadsBackAsWrittenWithItsNameAndTime(int level) throws Exception {
		byte[] noise = new byte[200 * 1024];
		new Random(7).nextBytes(noise);
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
		parts.put("xl/worksheets/sheet1.xml", "<row>回執 ".repeat(5_000).getBytes(StandardCharsets.UTF_8));
		parts.put("xl/media/雜訊.bin", noise);
		parts.put("empty", new byte[0]);
		List<DeflatedParts.Part> deflated = parts.entrySet()
			.stream()
			.map(part -> DeflatedParts.deflate(part.getKey(), part.getValue(), part.getValue().length, level))
			.toList();
		LocalDateTime time = LocalDateTime.of(2026, 12, 3, 14, 5, 37);

		ByteArrayOutputStream written = new ByteArrayOutputStream();
		DeflatedParts.write(written, deflated, time);
		Path file = folder.resolve("package.zip");
		Files.write(file, written.toByteArray());

		try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
			assertThat(zip.stream().map(ZipEntry::getName)).containsExactlyElementsOf(parts.keySet());
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				ZipEntry entry = zip.getEntry(part.getKey());
				assertThat(zip.getInputStream(entry).readAllBytes()).as(part.getKey()).isEqualTo(part.getValue());
				assertThat(entry.getTimeLocal()).isEqualTo(time.withSecond(36));
			}
		}
		try (ZipInputStream stream = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()),
				StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				ZipEntry entry = stream.getNextEntry();
				assertThat(entry.getName()).isEqualTo(part.getKey());
				assertThat(stream.readAllBytes()).as("local header and data of " + part.getKey())
					.isEqualTo(part.getValue());
			}
			assertThat(stream.getNextEntry()).isNull();
		}
	}

	@Test
	void aWrittenPartIsDeflatedFromWhatItsWriterWrote() throws Exception {
		DeflatedParts.Part part = written("<sheetData>".repeat(3_000), WorkbookFiles.BULK_LEVEL);

		assertThat(part.size()).isEqualTo(33_000);
		assertThat(part.deflatedLength()).as("deflated").isLessThan(1_000);
		assertThat(readBack(part)).isEqualTo("<sheetData>".repeat(3_000));
	}

	@Test
	void aPartWrittenUncompressedTakesItsOwnSizeAndReadsBack() throws Exception {
		// more than one stored block (65,535 bytes each)
		DeflatedParts.Part part = written("<c r=\"A1\"/>".repeat(12_000), Deflater.NO_COMPRESSION);

		assertThat(part.size()).isEqualTo(132_000);
		assertThat(part.deflatedLength()).as("stored blocks: five bytes each besides the data")
			.isBetween(132_000, 132_000 + 5 * 3);
		assertThat(readBack(part)).isEqualTo("<c r=\"A1\"/>".repeat(12_000));
	}

	/** A sheet part its writer wrote as this text, deflated at the level. */
	private static DeflatedParts.Part written(String text, int level) throws Exception {
		DeflatedParts.Buffer buffer = new DeflatedParts.Buffer();
		buffer.write(text.getBytes(StandardCharsets.UTF_8));
		return buffer.deflated("xl/worksheets/sheet1.xml", level);
	}

	/** The part's text, as a package of it alone reads back entry by entry. */
	private static String readBack(DeflatedParts.Part part) throws Exception {
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		DeflatedParts.write(written, List.of(part), LocalDateTime.now());
		try (ZipInputStream stream = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()))) {
			stream.getNextEntry();
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

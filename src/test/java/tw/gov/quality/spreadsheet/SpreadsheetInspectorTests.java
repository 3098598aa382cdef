package tw.gov.quality.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetInspectorTests {

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
			<Default Extension="xml" ContentType="application/xml"/>\
			<Override PartName="/xl/workbook.xml" \
			ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
			</Types>""";

	private static final String ODS_MANIFEST = """
			<?xml version="1.0" encoding="UTF-8"?>
			<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\
			<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\
			<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
			</manifest:manifest>""";

	private static final String ODS_CONTENT = """
			<?xml version="1.0" encoding="UTF-8"?>
			<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2">\
			<office:body><office:spreadsheet/></office:body></office:document-content>""";

	@TempDir
	Path dir;

	private final SpreadsheetInspector inspector = new SpreadsheetInspector();

	// accepted

	@Test
	void xlsxWrittenByPoiIsXlsx() throws Exception {
		assertThat(inspect(xlsx("report.xlsx"), "report.xlsx")).isEqualTo(SpreadsheetFormat.XLSX);
	}

	@Test
	void xlsWrittenByPoiIsXls() throws Exception {
		assertThat(inspect(xls("report.xls"), "report.xls")).isEqualTo(SpreadsheetFormat.XLS);
	}

	@Test
	void handWrittenOdsIsOds() throws Exception {
		assertThat(inspect(ods("report.ods"), "report.ods")).isEqualTo(SpreadsheetFormat.ODS);
	}

	@Test
	void xlsRenamedToXlsxIsXls() throws Exception {
		assertThat(inspect(xls("report.xlsx"), "report.xlsx")).isEqualTo(SpreadsheetFormat.XLS);
	}

	@Test
	void xlsxRenamedToXlsIsXlsx() throws Exception {
		assertThat(inspect(xlsx("report.xls"), "report.xls")).isEqualTo(SpreadsheetFormat.XLSX);
	}

	@Test
	void extensionIsTakenFromTheOriginalNameCaseInsensitively() throws Exception {
		Path stored = xlsx("upload-1234.tmp");
		assertThat(inspect(stored, "C:\\Users\\clerk\\桃園分署 第3季.XLSX ")).isEqualTo(SpreadsheetFormat.XLSX);
	}

	@Test
	void xlsWithOnlyAPasswordToModifyIsXls() throws Exception {
		// Excel encrypts these with a well-known default key; they open without a password
		Path file = dir.resolve("write-protected.xls");
		Biff8EncryptionKey.setCurrentUserPassword("VelvetSweatshop");
		try {
			write(new HSSFWorkbook(), file);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		assertThat(inspect(file, "write-protected.xls")).isEqualTo(SpreadsheetFormat.XLS);
	}

	// refused by name or size

	@Test
	void emptyFileIsRefused() throws Exception {
		Path file = Files.createFile(dir.resolve("report.xlsx"));
		assertRefused(file, "report.xlsx", "空的", "0 位元組");
	}

	@Test
	void fileOverTheLimitIsRefused() throws Exception {
		Path file = Files.write(dir.resolve("report.xlsx"), new byte[1024 * 1024 + 512 * 1024]);
		SpreadsheetLimits limits = new SpreadsheetLimits(1024 * 1024, 5000, 200L * 1024 * 1024, 0.01);
		assertThatThrownBy(() -> inspector.inspect(file, "report.xlsx", limits))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("太大")
			.hasMessageContaining("1.5 MB")
			.hasMessageContaining("上限 1 MB");
	}

	@ParameterizedTest
	@ValueSource(strings = { "report.xlsm", "report.xlsb", "report.xltm" })
	void macroEnabledExtensionsAreRefused(String name) throws Exception {
		Path file = xlsx("report.xlsx");
		assertRefused(file, name, "巨集", name.substring(name.lastIndexOf('.')), "Excel 活頁簿 (*.xlsx)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "report.csv", "report.txt", "report.pdf", "report" })
	void otherExtensionsAreRefused(String name) throws Exception {
		Path file = Files.writeString(dir.resolve("upload"), "機關,進度\n桃園,80%\n");
		assertRefused(file, name, "只接受存成 .xlsx、.xls 或 .ods 的試算表檔案");
	}

	// refused by content

	@Test
	void csvNamedXlsxIsRefused() throws Exception {
		Path file = Files.writeString(dir.resolve("report.xlsx"), "機關,進度\n桃園,80%\n");
		assertRefused(file, "report.xlsx", "檔案內容不是試算表", "CSV");
	}

	@Test
	void truncatedZipIsRefused() throws Exception {
		Path whole = xlsx("whole.xlsx");
		byte[] bytes = Files.readAllBytes(whole);
		Path file = Files.write(dir.resolve("report.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
		assertRefused(file, "report.xlsx", "損毀或不完整");
	}

	@Test
	void odsWithBadCrcIsRefused() throws Exception {
		byte[] bytes = new Zip().stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
			.stored("META-INF/manifest.xml", ODS_MANIFEST)
			.stored("content.xml", ODS_CONTENT.replace("<office:body>", "<office:body><!-- original -->"))
			.bytes();
		int at = ZipBytes.indexOf(bytes, "original".getBytes(StandardCharsets.US_ASCII));
		bytes[at] = 'O';
		Path file = Files.write(dir.resolve("report.ods"), bytes);
		assertRefused(file, "report.ods", "損毀或不完整");
	}

	@Test
	void xlsxWithBadCrcIsRefusedAsDamagedBeforeItsContentIsJudged() throws Exception {
		// Not even a workbook (no relationships), but the damage is what the sender hears of: the reader checks every
		// entry's CRC, also when the content fails (inspection leaves an .xlsx's contents to it).
		byte[] bytes = new Zip().stored("[Content_Types].xml", CONTENT_TYPES)
			.stored("xl/workbook.xml", "<workbook>original content</workbook>")
			.bytes();
		int at = ZipBytes.indexOf(bytes, "original".getBytes(StandardCharsets.US_ASCII));
		bytes[at] = 'O';
		Path file = Files.write(dir.resolve("report.xlsx"), bytes);
		assertThat(inspect(file, "report.xlsx")).isEqualTo(SpreadsheetFormat.XLSX);
		assertReadRefused(file, "report.xlsx", "損毀或不完整");
	}

	@Test
	void passwordProtectedXlsxIsRefused() throws Exception {
		Path plain = xlsx("plain.xlsx");
		Path file = dir.resolve("report.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
					OutputStream os = encryptor.getDataStream(fs)) {
				opc.save(os);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		assertRefused(file, "report.xlsx", "密碼", "移除密碼");
	}

	@Test
	void encryptedXlsIsRefused() throws Exception {
		Path file = dir.resolve("report.xls");
		Biff8EncryptionKey.setCurrentUserPassword("secret");
		try {
			write(new HSSFWorkbook(), file);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		assertRefused(file, "report.xls", "密碼", "移除密碼");
	}

	@Test
	void macroWorkbookRenamedToXlsxIsRefused() throws Exception {
		Path file = dir.resolve("report.xlsx");
		write(new XSSFWorkbook(XSSFWorkbookType.XLSM), file);
		assertRefused(file, "report.xlsx", "含巨集的活頁簿", ".xlsx");
	}

	@Test
	void vbaProjectInXlsxIsRefused() throws Exception {
		Path file = new Zip().deflated("[Content_Types].xml", CONTENT_TYPES)
			.deflated("xl/workbook.xml", "<workbook/>")
			.deflated("xl/vbaProject.bin", "VBA")
			.write(dir.resolve("report.xlsx"));
		assertRefused(file, "report.xlsx", "含巨集的活頁簿");
	}

	@Test
	void macroContentTypeHiddenBehindCharacterReferencesIsRefused() throws Exception {
		String disguised = CONTENT_TYPES.replace("sheet.main+xml", "sheet.macro&#x45;nabled.main+xml");
		Path file = new Zip().deflated("[Content_Types].xml", disguised)
			.deflated("xl/workbook.xml", "<workbook/>")
			.write(dir.resolve("report.xlsx"));
		assertRefused(file, "report.xlsx", "含巨集的活頁簿");
	}

	@Test
	void xlsWithVbaProjectIsRefused() throws Exception {
		Path file = dir.resolve("report.xls");
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("進度");
			workbook.write(plain);
		}
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(plain.toByteArray()));
				OutputStream out = Files.newOutputStream(file)) {
			fs.getRoot().createDirectory("_VBA_PROJECT_CUR").createDocument("PROJECT", new ByteArrayInputStream(new byte[16]));
			fs.writeFilesystem(out);
		}
		assertRefused(file, "report.xls", "含巨集的活頁簿");
	}

	@Test
	void binaryWorkbookRenamedToXlsxIsRefused() throws Exception {
		Path file = new Zip().deflated("[Content_Types].xml", CONTENT_TYPES)
			.deflated("xl/workbook.bin", "binary")
			.write(dir.resolve("report.xlsx"));
		assertRefused(file, "report.xlsx", ".xlsb");
	}

	@Test
	void excel95WorkbookIsRefused() throws Exception {
		Path file = dir.resolve("report.xls");
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			fs.createDocument(new ByteArrayInputStream(new byte[4096]), "Book");
			fs.writeFilesystem(out);
		}
		assertRefused(file, "report.xls", "Excel 95");
	}

	@Test
	void zipNamedOdsWithoutMimetypeIsRefused() throws Exception {
		Path file = new Zip().deflated("content.xml", ODS_CONTENT).write(dir.resolve("report.ods"));
		assertRefused(file, "report.ods", "不是有效的 OpenDocument 試算表");
	}

	@Test
	void zipWithoutWorkbookIsRefused() throws Exception {
		Path file = new Zip().deflated("[Content_Types].xml", CONTENT_TYPES.replace("xl/workbook.xml", "word/document.xml"))
			.deflated("word/document.xml", "<w:document/>")
			.write(dir.resolve("report.xlsx"));
		assertRefused(file, "report.xlsx", "找不到 Excel 活頁簿的內容");
	}

	@Test
	void otherOle2DocumentIsRefused() throws Exception {
		Path file = dir.resolve("report.xls");
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
			fs.writeFilesystem(out);
		}
		assertRefused(file, "report.xls", "找不到 Excel 活頁簿的內容");
	}

	@Test
	void odsWithOtherMimetypeIsRefused() throws Exception {
		Path file = new Zip().stored("mimetype", "application/vnd.oasis.opendocument.text")
			.deflated("META-INF/manifest.xml", ODS_MANIFEST)
			.deflated("content.xml", ODS_CONTENT)
			.write(dir.resolve("report.ods"));
		assertRefused(file, "report.ods", "不是有效的 OpenDocument 試算表");
	}

	@Test
	void passwordProtectedOdsIsRefused() throws Exception {
		String manifest = ODS_MANIFEST.replace("manifest:media-type=\"text/xml\"/>",
				"manifest:media-type=\"text/xml\"><manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/>"
						+ "</manifest:file-entry>");
		Path file = new Zip().stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
			.deflated("META-INF/manifest.xml", manifest)
			.deflated("content.xml", ODS_CONTENT)
			.write(dir.resolve("report.ods"));
		assertRefused(file, "report.ods", "密碼");
	}

	@Test
	void entryDeclaringMoreThanTheLimitIsRefused() throws Exception {
		byte[] noise = new byte[256 * 1024];
		new java.util.Random(42).nextBytes(noise);
		Path file = new Zip().deflated("[Content_Types].xml", CONTENT_TYPES)
			.deflated("xl/workbook.xml", "<workbook/>")
			.stored("xl/media/image1.png", noise)
			.write(dir.resolve("report.xlsx"));
		SpreadsheetLimits limits = new SpreadsheetLimits(20L * 1024 * 1024, 5000, 128 * 1024, 0.01);
		assertThatThrownBy(() -> inspector.inspect(file, "report.xlsx", limits))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("解壓縮後異常龐大");
	}

	@Test
	void highlyCompressedEntryIsRefused() throws Exception {
		Path file = dir.resolve("report.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			byte[] zeros = new byte[64 * 1024];
			for (int i = 0; i < 80; i++) {
				zip.write(zeros);
			}
		}
		assertRefused(file, "report.xlsx", "解壓縮後異常龐大");
	}

	@Test
	void entryInflatingBeyondItsDeclaredSizeIsRefused() throws Exception {
		byte[] bytes = new Zip().deflated("[Content_Types].xml", CONTENT_TYPES)
			.deflated("xl/workbook.xml", "<workbook>" + "x".repeat(50_000) + "</workbook>")
			.bytes();
		// declare 1000 bytes: under the ratio check's grace size, so only inflating can tell
		ZipBytes.patchDeclaredSize(bytes, "xl/workbook.xml", 1000);
		Path file = Files.write(dir.resolve("report.xlsx"), bytes);
		assertReadRefused(file, "report.xlsx", "解壓縮後異常龐大");
	}

	@Test
	void tooManyEntriesAreRefused() throws Exception {
		Zip zip = new Zip().deflated("[Content_Types].xml", CONTENT_TYPES).deflated("xl/workbook.xml", "<workbook/>");
		for (int i = 0; i < 1000; i++) {
			zip.deflated("xl/media/image" + i + ".png", "");
		}
		Path file = zip.write(dir.resolve("report.xlsx"));
		assertRefused(file, "report.xlsx", "過多", "1002 個", "上限 1000 個");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../evil.xml", "xl/../../evil.xml", "..\\evil.xml", "/etc/cron.d/evil", "C:/evil.xml" })
	void entryNamesLeavingThePackageAreRefused(String name) throws Exception {
		Path file = new Zip().deflated("[Content_Types].xml", CONTENT_TYPES)
			.deflated("xl/workbook.xml", "<workbook/>")
			.deflated(name, "evil")
			.write(dir.resolve("report.xlsx"));
		assertRefused(file, "report.xlsx", "不安全的內部路徑");
	}

	@Test
	void entryNamesDifferingOnlyInCaseAreRefused() throws Exception {
		Path file = new Zip().deflated("[Content_Types].xml", CONTENT_TYPES)
			.deflated("xl/workbook.xml", "<workbook/>")
			.deflated("XL/Workbook.xml", "<workbook/>")
			.write(dir.resolve("report.xlsx"));
		assertRefused(file, "report.xlsx", "不安全的內部路徑");
	}

	// limits

	@Test
	void defaultLimits() {
		SpreadsheetLimits limits = SpreadsheetLimits.defaults();
		assertThat(limits.maxFileBytes()).isEqualTo(20L * 1024 * 1024);
		assertThat(limits.maxRows()).isEqualTo(5000);
		assertThat(limits.maxUncompressedBytes()).isEqualTo(200L * 1024 * 1024);
		assertThat(limits.minInflateRatio()).isEqualTo(0.01);
		assertThat(limits.maxZipEntries()).isEqualTo(1000);
	}

	@Test
	void limitsAreAppliedToPoi() {
		double ratio = ZipSecureFile.getMinInflateRatio();
		long entrySize = ZipSecureFile.getMaxEntrySize();
		long fileCount = ZipSecureFile.getMaxFileCount();
		try {
			new SpreadsheetLimits(1024, 10, 4096, 0.05, 50).applyToPoi();
			assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.05);
			assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(4096);
			assertThat(ZipSecureFile.getMaxFileCount()).isEqualTo(50);
		}
		finally {
			ZipSecureFile.setMinInflateRatio(ratio);
			ZipSecureFile.setMaxEntrySize(entrySize);
			ZipSecureFile.setMaxFileCount(fileCount);
		}
	}

	@Test
	void limitsThatWouldSwitchProtectionOffAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SpreadsheetLimits(1024, 10, 4096, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new SpreadsheetLimits(1024, 10, 0, 0.01));
		assertThatIllegalArgumentException().isThrownBy(() -> new SpreadsheetLimits(1024, 10, 1L << 40, 0.01));
		assertThatIllegalArgumentException().isThrownBy(() -> new SpreadsheetLimits(0, 10, 4096, 0.01));
	}

	// helpers

	private SpreadsheetFormat inspect(Path file, String name) throws UnreadableSpreadsheetException {
		return inspector.inspect(file, name, SpreadsheetLimits.defaults());
	}

	private void assertRefused(Path file, String name, String... fragments) {
		assertThatThrownBy(() -> inspect(file, name)).isInstanceOf(UnreadableSpreadsheetException.class)
			.satisfies(ex -> assertThat(ex.getMessage()).contains(fragments));
	}

	/** Refused as ingestion meets it: inspected, then read by the reader for its format. */
	private void assertReadRefused(Path file, String name, String... fragments) {
		assertThatThrownBy(() -> SpreadsheetReaders.forFormat(inspect(file, name), SpreadsheetLimits.defaults())
			.read(file, new RecordingRowHandler())).isInstanceOf(UnreadableSpreadsheetException.class)
			.satisfies(ex -> assertThat(ex.getMessage()).contains(fragments));
	}

	private Path xlsx(String name) throws IOException {
		return write(new XSSFWorkbook(), dir.resolve(name));
	}

	private Path xls(String name) throws IOException {
		return write(new HSSFWorkbook(), dir.resolve(name));
	}

	private Path ods(String name) throws IOException {
		return new Zip().stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
			.deflated("META-INF/manifest.xml", ODS_MANIFEST)
			.deflated("content.xml", ODS_CONTENT)
			.write(dir.resolve(name));
	}

	private static Path write(Workbook workbook, Path file) throws IOException {
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("進度").createRow(0).createCell(0).setCellValue("桃園分署");
			workbook.write(out);
		}
		return file;
	}

	/** A zip written entry by entry, in order, as a test needs it. */
	private static final class Zip {

		private final List<ZipEntry> entries = new ArrayList<>();

		private final List<byte[]> contents = new ArrayList<>();

		Zip stored(String name, String content) {
			return stored(name, content.getBytes(StandardCharsets.UTF_8));
		}

		Zip stored(String name, byte[] content) {
			return add(ZipBytes.stored(name, content), content);
		}

		Zip deflated(String name, String content) {
			return add(new ZipEntry(name), content.getBytes(StandardCharsets.UTF_8));
		}

		private Zip add(ZipEntry entry, byte[] content) {
			entries.add(entry);
			contents.add(content);
			return this;
		}

		byte[] bytes() throws IOException {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				for (int i = 0; i < entries.size(); i++) {
					zip.putNextEntry(entries.get(i));
					zip.write(contents.get(i));
					zip.closeEntry();
				}
			}
			return bytes.toByteArray();
		}

		Path write(Path file) throws IOException {
			return Files.write(file, bytes());
		}

	}

}

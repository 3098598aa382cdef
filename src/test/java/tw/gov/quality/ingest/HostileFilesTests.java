package tw.gov.quality.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.progress.ProgressSheetLayout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that are broken, hostile or just odd, each dropped into an office's folder next to a good
 * sheet: the job finishes, the good sheet is accepted, the bad file is refused with a reason the
 * office can act on, kept byte for byte, and answered with a receipt free of technical detail.
 */
@IntegrationTest
class HostileFilesTests {

	private static final LocalDateTime JULY_5 = LocalDateTime.of(2015, 7, 5, 10, 30);

	private static final String OFFICE = "AEA-TPE";

	private static final String GOOD = "臺北分署104年第2季.xlsx";

	private static final long MB = 1024L * 1024L;

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
			<Default Extension="xml" ContentType="application/xml"/>\
			<Override PartName="/xl/workbook.xml" \
			ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
			</Types>""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Folders folders;

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("ingestJob")
	Job ingestJob;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PlanRegistry plans;

	@TempDir
	Path scratch;

	IngestFixture fixture;

	@BeforeEach
	void cleanInbox() throws Exception {
		fixture = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
	}

	@Test
	void anEmptyFileIsRefusedAsIncomplete() throws Exception {
		Path file = Files.createFile(fixture.inbox(OFFICE, "第2季.xlsx"));

		Map<String, IngestFixture.Stored> stored = ingestWithAGoodSheet(file);

		assertRefused(stored.get("第2季.xlsx"), new byte[0], "UNREADABLE_FILE", "檔案是空的（0 位元組）");
	}

	@Test
	void textSavedWithAnXlsxNameIsRefusedAsNotASpreadsheet() throws Exception {
		Path file = fixture.inbox(OFFICE, "匯出.xlsx");
		Files.writeString(file, "項次,執行狀態,累計辦理數量\n1.1,已完成,4\n", StandardCharsets.UTF_8);
		byte[] original = Files.readAllBytes(file);

		Map<String, IngestFixture.Stored> stored = ingestWithAGoodSheet(file);

		assertRefused(stored.get("匯出.xlsx"), original, "UNREADABLE_FILE", "檔案內容不是試算表", "CSV");
	}

	@Test
	void aWorkbookCutInHalfIsRefusedAsDamaged() throws Exception {
		byte[] whole = Files.readAllBytes(filledSheet("whole.xlsx"));
		byte[] half = Arrays.copyOf(whole, whole.length / 2);
		Files.write(fixture.inbox(OFFICE, "中斷.xlsx"), half);

		Map<String, IngestFixture.Stored> stored = ingestWithAGoodSheet(fixture.inbox(OFFICE, "中斷.xlsx"));

		assertRefused(stored.get("中斷.xlsx"), half, "UNREADABLE_FILE", "損毀或不完整");
	}

	@Test
	void aZipBombIsRefusedWithoutBeingInflated() throws Exception {
		Path file = fixture.inbox(OFFICE, "bomb.xlsx");
		// 210 MB of zeros, beyond both the 200 MB entry limit and the inflate ratio, deflate to ~200 KB
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[(int) MB];
			for (int i = 0; i < 210; i++) {
				zip.write(zeros);
			}
		}
		byte[] original = Files.readAllBytes(file);
		assertThat(original.length).isLessThan((int) MB);

		Map<String, IngestFixture.Stored> stored = ingestWithAGoodSheet(file);

		assertRefused(stored.get("bomb.xlsx"), original, "UNREADABLE_FILE", "解壓縮後異常龐大", "拒絕處理");
	}

	@Test
	void aWorkbookWithAnOpenPasswordIsRefusedWithHowToRemoveIt() throws Exception {
		Path plain = filledSheet("plain.xlsx");
		Path file = fixture.inbox(OFFICE, "加密.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
					OutputStream os = encryptor.getDataStream(fs)) {
				opc.save(os);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		byte[] original = Files.readAllBytes(file);
		assertThat(Arrays.copyOf(original, 4)).containsExactly(0xD0, 0xCF, 0x11, 0xE0);

		Map<String, IngestFixture.Stored> stored = ingestWithAGoodSheet(file);

		assertRefused(stored.get("加密.xlsx"), original, "UNREADABLE_FILE", "設有開啟密碼", "移除密碼");
	}

	@Test
	void anEncryptedXlsIsRefusedWithHowToRemoveThePassword() throws Exception {
		Path file = fixture.inbox(OFFICE, "加密.xls");
		Biff8EncryptionKey.setCurrentUserPassword("secret");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			HSSFSheet sheet = workbook.createSheet(ProgressSheetLayout.SHEET);
			HSSFRow row = sheet.createRow(0);
			row.createCell(0).setCellValue(ProgressSheetLayout.OFFICE_CODE);
			row.createCell(1).setCellValue(OFFICE);
			workbook.write(out);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		byte[] original = Files.readAllBytes(file);

		Map<String, IngestFixture.Stored> stored = ingestWithAGoodSheet(file);

		assertRefused(stored.get("加密.xls"), original, "UNREADABLE_FILE", "設有開啟密碼", "移除密碼");
	}

	@Test
	void macroWorkbooksAreRefusedWhateverTheyAreCalled() throws Exception {
		Path xlsm = fixture.inbox(OFFICE, "巨集.xlsm");
		writeMacroWorkbook(xlsm, "巨集活頁簿");
		Path disguised = fixture.inbox(OFFICE, "改名.xlsx");
		writeMacroWorkbook(disguised, "改了副檔名的巨集活頁簿");
		Path xlsb = fixture.inbox(OFFICE, "二進位.xlsb");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsb))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.bin"));
			zip.write(new byte[64]);
		}
		Map<Path, byte[]> originals = new LinkedHashMap<>();
		for (Path file : List.of(xlsm, disguised, xlsb)) {
			originals.put(file, Files.readAllBytes(file));
		}

		Map<String, IngestFixture.Stored> stored = ingestWithAGoodSheet(xlsm, disguised, xlsb);

		assertRefused(stored.get("巨集.xlsm"), originals.get(xlsm), "UNREADABLE_FILE", "系統不接受可含巨集的活頁簿",
				"（.xlsm 檔）", "Excel 活頁簿 (*.xlsx)");
		assertRefused(stored.get("改名.xlsx"), originals.get(disguised), "UNREADABLE_FILE", "其實是含巨集的活頁簿");
		assertRefused(stored.get("二進位.xlsb"), originals.get(xlsb), "UNREADABLE_FILE", "系統不接受可含巨集的活頁簿",
				"（.xlsb 檔）");
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedWithItsSize() throws Exception {
		// a real sheet with a 2.5 MB photo pasted in: over the test profile's 2 MB
		byte[] photo = new byte[(int) (2.5 * MB)];
		new Random(7).nextBytes(photo);
		Path file = rewriteZip(filledSheet("plain.xlsx"), fixture.inbox(OFFICE, "附照片.xlsx"), Map.of(),
				Map.of("xl/media/image1.png", photo));
		byte[] original = Files.readAllBytes(file);
		assertThat((long) original.length).isGreaterThan(2 * MB);

		Map<String, IngestFixture.Stored> stored = ingestWithAGoodSheet(file);

		assertRefused(stored.get("附照片.xlsx"), original, "UNREADABLE_FILE", "檔案太大（2.6 MB）", "超過上限 2 MB");
	}

	@Test
	void aSheetOverTheRowLimitIsRefused() throws Exception {
		// a complete, correct sheet followed by notes down to row 6000: only the 5000-row limit refuses it
		Path file = fixture.inbox(OFFICE, "很多列.xlsx");
		XSSFWorkbook filled;
		try (InputStream in = Files.newInputStream(filledSheet("plain.xlsx"))) {
			filled = new XSSFWorkbook(in);
		}
		int firstNote = filled.getSheet(ProgressSheetLayout.SHEET).getLastRowNum() + 1;
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(filled, 100);
				OutputStream out = Files.newOutputStream(file)) {
			SXSSFSheet sheet = workbook.getSheet(ProgressSheetLayout.SHEET);
			for (int r = firstNote; r < 6000; r++) {
				Row row = sheet.createRow(r);
				row.createCell(15).setCellValue("備忘 " + r);
			}
			workbook.write(out);
		}
		byte[] original = Files.readAllBytes(file);

		Map<String, IngestFixture.Stored> stored = ingestWithAGoodSheet(file);

		assertRefused(stored.get("很多列.xlsx"), original, "UNREADABLE_FILE", "工作表超過 5000 列");
	}

	@Test
	void oddFileNamesAreReadAndNeverLeaveTheArchiveOrReceiptFolders() throws Exception {
		List<String> names = List.of("..\\..\\evil名單 (第2季)?.xlsx", "第2季\n進度表.xlsx", "\u001b[31m警示\u0007.xlsx",
				"臺北分署第2季進度表".repeat(8) + ".xlsx", ".hidden.xlsx");
		Map<String, byte[]> originals = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String text = "檔名測試 " + i;
			Path file = fixture.drop(OFFICE, 104, 2, names.get(i), JULY_5, entries -> entries.get("1.1").description = text);
			originals.put(names.get(i), Files.readAllBytes(file));
		}

		JobExecution execution = fixture.ingest();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<IngestFixture.Stored> stored = fixture.submissions();
		assertThat(stored).extracting(IngestFixture.Stored::originalName)
			.containsExactlyInAnyOrderElementsOf(originals.keySet());
		for (IngestFixture.Stored submission : stored) {
			assertThat(submission.state()).as(submission.originalName()).isEqualTo("ACCEPTED");
			Path archived = Path.of(submission.archivedPath());
			assertThat(archived).hasBinaryContent(originals.get(submission.originalName()));
			assertStaysIn(archived, folders.archive().resolve("104/Q2").resolve(OFFICE));
			Path receipt = Path.of(submission.receiptPath());
			assertThat(receipt).isRegularFile();
			assertStaysIn(receipt, folders.output().resolve("receipts").resolve(OFFICE));
			assertThat(Receipts.text(submission.receiptPath())).contains("已接受");
		}
		for (String printable : List.of(names.get(0), names.get(3))) {
			IngestFixture.Stored submission = stored.stream()
				.filter(candidate -> candidate.originalName().equals(printable))
				.findFirst()
				.orElseThrow();
			assertThat(Receipts.text(submission.receiptPath())).contains("檔案名稱 | " + printable);
		}
	}

	@Test
	void externalEntitiesInTheSheetXmlAreNeverResolved() throws Exception {
		Path plain = filledSheet("plain.xlsx");
		String description = descriptionCell(plain, "1.1");
		Path file = rewriteZip(plain, fixture.inbox(OFFICE, "外部實體.xlsx"), Map.of("xl/worksheets/sheet1.xml", xml -> {
			Matcher cell = Pattern.compile("<c r=\"" + description + "\"( s=\"[0-9]+\")?[^>]*?(/>|>.*?</c>)")
				.matcher(xml);
			assertThat(cell.find()).as("cell %s in sheet1.xml", description).isTrue();
			String inline = "<c r=\"" + description + "\"" + Objects.toString(cell.group(1), "")
					+ " t=\"inlineStr\"><is><t>本季執行情形：&xxe;</t></is></c>";
			String withEntity = xml.substring(0, cell.start()) + inline + xml.substring(cell.end());
			int prolog = withEntity.indexOf("?>") + 2;
			return withEntity.substring(0, prolog) + "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
					+ withEntity.substring(prolog);
		}), Map.of());
		assertThat(Files.readString(Path.of("/etc/passwd"))).contains("root:");
		byte[] original = Files.readAllBytes(file);

		Map<String, IngestFixture.Stored> stored = ingestWithAGoodSheet(file);

		IngestFixture.Stored hostile = stored.get("外部實體.xlsx");
		assertRefused(hostile, original, "UNREADABLE_FILE", "活頁簿內容無法解讀");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM submission_item
				WHERE description LIKE '%root:%' OR remark LIKE '%root:%'""").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM submission_finding
				WHERE message LIKE '%root:%' OR fix LIKE '%root:%' OR cell LIKE '%root:%'""")
			.query(Integer.class)
			.single()).isZero();
		assertThat(Receipts.text(hostile.receiptPath())).doesNotContain("root:");
	}

	// helpers

	/**
	 * Gives the files an ordinary modification time, drops a correct sheet next to them and runs the
	 * job once: it completes and accepts the good sheet whatever the others are.
	 */
	private Map<String, IngestFixture.Stored> ingestWithAGoodSheet(Path... hostile) throws Exception {
		for (Path file : hostile) {
			IngestFixture.touch(file, JULY_5);
		}
		fixture.drop(OFFICE, 104, 2, GOOD, JULY_5, entries -> {
		});

		JobExecution execution = fixture.ingest();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, IngestFixture.Stored> byName = new LinkedHashMap<>();
		fixture.submissions().forEach(submission -> byName.put(submission.originalName(), submission));
		assertThat(byName).hasSize(hostile.length + 1);
		assertThat(byName.get(GOOD).state()).isEqualTo("ACCEPTED");
		assertThat(fixture.items(byName.get(GOOD).id()))
			.isEqualTo(plans.planFor(OFFICE, 104).orElseThrow().items().size());
		for (Path file : hostile) {
			assertThat(file).doesNotExist();
		}
		return byName;
	}

	private void assertRefused(IngestFixture.Stored stored, byte[] original, String rule, String... phrases)
			throws Exception {
		assertThat(stored.state()).isEqualTo("REFUSED");
		assertThat(fixture.findings(stored.id())).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(rule);
			assertThat(finding.message()).contains(phrases).doesNotContain("Exception");
		});
		assertThat(Path.of(stored.archivedPath())).hasBinaryContent(original);
		assertThat(Path.of(stored.receiptPath())).isRegularFile();
		String receipt = Receipts.text(stored.receiptPath());
		assertThat(receipt).contains("退件").contains(phrases);
		assertNoStackTrace(receipt);
	}

	private static void assertNoStackTrace(String receipt) {
		assertThat(receipt).doesNotContain("Exception").doesNotContain("at tw.").doesNotContain("at org.")
			.doesNotContain("at java.");
	}

	private static void assertStaysIn(Path path, Path folder) {
		assertThat(path.getParent()).isEqualTo(folder);
		assertThat(path.normalize()).isEqualTo(path);
		String name = path.getFileName().toString();
		assertThat(name).doesNotStartWith(".").doesNotContain("\\").doesNotContain("/");
		// ".." may stay inside a name ("_.._evil名單"), where it is only dots; never as a path element
		assertThat((Iterable<Path>) path).extracting(Path::toString).doesNotContain("..");
		assertThat(CONTROL.matcher(path.toString()).find()).as("control character in %s", path).isFalse();
		assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
	}

	/** A correct sheet for the office, written outside the inbox. */
	private Path filledSheet(String name) throws Exception {
		return FilledSheets.write(offices.get(OFFICE), plans.planFor(OFFICE, 104).orElseThrow(),
				new ReportingPeriod(104, 2), scratch.resolve(name), entries -> {
				});
	}

	private static void writeMacroWorkbook(Path file, String title) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM);
				OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet(ProgressSheetLayout.SHEET).createRow(0).createCell(0).setCellValue(title);
			workbook.write(out);
		}
	}

	/** Where item's 執行情形 is, e.g. "L11". */
	private static String descriptionCell(Path xlsx, String item) throws IOException {
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheet(ProgressSheetLayout.SHEET);
			Row header = sheet.getRow(FilledSheets.headerRow(sheet));
			int column = -1;
			for (Cell cell : header) {
				if (ProgressSheetLayout.DESCRIPTION.equals(cell.getStringCellValue())) {
					column = cell.getColumnIndex();
				}
			}
			for (Row row : sheet) {
				if (row.getRowNum() > header.getRowNum() && item.equals(row.getCell(0).getStringCellValue())) {
					return new CellReference(row.getRowNum(), column).formatAsString(false);
				}
			}
		}
		throw new IllegalArgumentException("no item " + item);
	}

	/** Copies a zip entry by entry, rewriting some entries' text and adding stored (uncompressed) ones. */
	private static Path rewriteZip(Path source, Path target, Map<String, UnaryOperator<String>> rewrites,
			Map<String, byte[]> added) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				UnaryOperator<String> rewrite = rewrites.get(entry.getName());
				if (rewrite != null) {
					content = rewrite.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
			}
			for (Map.Entry<String, byte[]> entry : added.entrySet()) {
				ZipEntry stored = new ZipEntry(entry.getKey());
				stored.setMethod(ZipEntry.STORED);
				stored.setSize(entry.getValue().length);
				CRC32 crc = new CRC32();
				crc.update(entry.getValue());
				stored.setCrc(crc.getValue());
				out.putNextEntry(stored);
				out.write(entry.getValue());
			}
		}
		return target;
	}

}

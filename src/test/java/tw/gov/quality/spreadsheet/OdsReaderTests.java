package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.bool;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.date;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.error;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.number;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.text;

class OdsReaderTests {

	private static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

	/** What LibreOffice puts after every sheet's data: a million empty rows of 1,024 empty cells. */
	private static final String LIBREOFFICE_PADDING = """
			<table:table-row table:style-name="ro1" table:number-rows-repeated="1048000">\
			<table:table-cell table:number-columns-repeated="1024"/></table:table-row>""";

	@TempDir
	Path dir;

	@Test
	@Timeout(10)
	void readsCellsByKind() throws Exception {
		Path file = ods("""
				<table:table table:name="資料" table:style-name="ta1">
				<table:table-column table:number-columns-repeated="1024"/>
				<table:table-row>
				<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>項目</text:p></table:table-cell>
				<table:table-cell office:value-type="float" office:value="12.5" calcext:value-type="float"><text:p>12.50</text:p></table:table-cell>
				<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>007</text:p></table:table-cell>
				<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>
				<table:table-cell office:value-type="currency" office:currency="TWD" office:value="1500"><text:p>NT$1,500.00</text:p></table:table-cell>
				<table:table-cell office:value-type="float" office:value="1234567890"><text:p>1.23E+09</text:p></table:table-cell>
				</table:table-row>
				<table:table-row>
				<table:table-cell office:value-type="date" office:date-value="2018-03-05"><text:p>2018/3/5</text:p></table:table-cell>
				<table:table-cell office:value-type="date" office:date-value="2018-03-05T10:15:30.25"><text:p>2018/3/5 10:15</text:p></table:table-cell>
				<table:table-cell office:value-type="time" office:time-value="PT10H15M00S"><text:p>10:15:00</text:p></table:table-cell>
				<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
				<table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>FALSE</text:p></table:table-cell>
				</table:table-row>
				<table:table-row>
				<table:table-cell table:formula="of:=[.B1]*2" office:value-type="float" office:value="25"><text:p>25</text:p></table:table-cell>
				<table:table-cell table:formula="of:=&quot;A&quot;&amp;&quot;B&quot;" office:value-type="string" office:string-value="AB"><text:p>AB</text:p></table:table-cell>
				<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>
				<table:table-cell table:formula="of:=&quot;&quot;" office:value-type="string" office:string-value="" calcext:value-type="string"><text:p/></table:table-cell>
				<table:table-cell office:value-type="string"><text:p>後面</text:p></table:table-cell>
				</table:table-row>
				""" + LIBREOFFICE_PADDING + "</table:table>");
		RecordingRowHandler handler = new RecordingRowHandler();

		new OdsReader().read(file, handler);

		assertThat(handler.sheets).containsExactly("0:資料");
		assertThat(handler.rows).extracting(SheetRow::index).containsExactly(0, 1, 2);
		assertThat(handler.rows.get(0).cells()).containsExactly(text(0, "項目"), number(1, "12.5"), text(2, "007"),
				number(3, "0.25"), number(4, "1500"), number(5, "1234567890"));
		assertThat(handler.rows.get(1).cells()).containsExactly(date(0, "2018-03-05"), date(1, "2018-03-05T10:15"),
				text(2, "10:15:00"), bool(3, "TRUE"), bool(4, "FALSE"));
		assertThat(handler.rows.get(2).cells()).containsExactly(number(0, "25"), text(1, "AB"), error(2, "#DIV/0!"),
				text(4, "後面"));
	}

	@Test
	void readsParagraphsSpacesAndMergedCellsButNotComments() throws Exception {
		Path file = ods("""
				<table:table table:name="文字">
				<table:table-row>
				<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="1" office:value-type="string"><text:p>合併</text:p></table:table-cell>
				<table:covered-table-cell/>
				<table:table-cell office:value-type="string"><text:p>右邊</text:p></table:table-cell>
				</table:table-row>
				<table:table-row>
				<table:table-cell office:value-type="string"><text:p>第一行</text:p><text:p>第二行</text:p></table:table-cell>
				<table:table-cell office:value-type="string"><text:p><text:s/>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d <text:span text:style-name="T1">粗體</text:span> e</text:p></table:table-cell>
				<table:table-cell office:value-type="string"><office:annotation><dc:creator>審查</dc:creator><text:p>這是註解</text:p></office:annotation><text:p>有註解</text:p></table:table-cell>
				<table:table-cell office:value-type="string"><text:p>
				    排版   過的
				  </text:p></table:table-cell>
				</table:table-row>
				</table:table>""");
		RecordingRowHandler handler = new RecordingRowHandler();

		new OdsReader().read(file, handler);

		assertThat(handler.rows).hasSize(2);
		// The covered cell takes column B, so the next cell is C
		assertThat(handler.rows.get(0).cells()).containsExactly(text(0, "合併"), text(2, "右邊"));
		assertThat(handler.rows.get(1).cells()).containsExactly(text(0, "第一行\n第二行"), text(1, " a   b\tc\nd 粗體 e"),
				text(2, "有註解"), text(3, "排版 過的"));
	}

	@Test
	@Timeout(10)
	void expandsRepeatsWithContentAndSkipsEmptyOnes() throws Exception {
		Path file = ods("""
				<table:table table:name="重複">
				<table:table-row table:number-rows-repeated="2">
				<table:table-cell table:number-columns-repeated="2"/>
				<table:table-cell office:value-type="string" table:number-columns-repeated="3"><text:p>同</text:p></table:table-cell>
				<table:table-cell table:number-columns-repeated="1019"/>
				</table:table-row>
				<table:table-row table:number-rows-repeated="5"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
				<table:table-row><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>
				""" + LIBREOFFICE_PADDING + "</table:table>");
		RecordingRowHandler handler = new RecordingRowHandler();

		new OdsReader().read(file, handler);

		List<SheetCell> same = List.of(text(2, "同"), text(3, "同"), text(4, "同"));
		assertThat(handler.rows).containsExactly(new SheetRow(0, same), new SheetRow(1, same),
				new SheetRow(7, List.of(number(0, "1"))));
	}

	@Test
	@Timeout(10)
	void capsHugeRepeatsWithContent() throws Exception {
		Path file = ods("""
				<table:table table:name="巨量">
				<table:table-row table:number-rows-repeated="20000"><table:table-cell office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell></table:table-row>
				<table:table-row><table:table-cell office:value-type="string" table:number-columns-repeated="20000"><text:p>x</text:p></table:table-cell></table:table-row>
				</table:table>""");
		RecordingRowHandler handler = new RecordingRowHandler();

		new OdsReader().read(file, handler);

		assertThat(handler.rows).hasSize(OdsContentParser.MAX_REPEATED_ROWS + 1);
		assertThat(handler.rows.get(OdsContentParser.MAX_REPEATED_ROWS - 1).index())
			.isEqualTo(OdsContentParser.MAX_REPEATED_ROWS - 1);
		// Rows left out still count: the next row keeps its real position
		SheetRow wide = handler.rows.get(OdsContentParser.MAX_REPEATED_ROWS);
		assertThat(wide.index()).isEqualTo(20000);
		assertThat(wide.cells()).hasSize(OdsContentParser.MAX_REPEATED_CELLS);
	}

	@Test
	@Timeout(10)
	void refusesRepeatsThatWouldMakeMillionsOfCells() throws Exception {
		// Each repeat is within its cap, but 200 cells times 10,000 rows is two million copies
		Path file = ods("""
				<table:table table:name="炸彈">
				<table:table-row table:number-rows-repeated="10000"><table:table-cell office:value-type="string" table:number-columns-repeated="200"><text:p>x</text:p></table:table-cell></table:table-row>
				</table:table>""");
		RecordingRowHandler handler = new RecordingRowHandler();

		assertThatThrownBy(() -> new OdsReader().read(file, handler)).isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("重複的儲存格過多");
		assertThat(handler.rows).isEmpty();
	}

	@Test
	void readsOnlyTheSheetsTheHandlerWantsAndNoCachedDdeTables() throws Exception {
		Path file = ods("""
				<table:table table:name="說明"><table:table-row><table:table-cell office:value-type="string"><text:p>請勿讀取</text:p></table:table-cell></table:table-row></table:table>
				<table:table table:name="資料"><table:table-row><table:table-cell office:value-type="string"><text:p>要讀</text:p></table:table-cell></table:table-row></table:table>
				<table:dde-links><table:dde-link><office:dde-source office:dde-application="soffice" office:dde-topic="x" office:dde-item="A1"/>
				<table:table><table:table-row><table:table-cell office:value-type="string"><text:p>快取</text:p></table:table-cell></table:table-row></table:table>
				</table:dde-link></table:dde-links>""");
		RecordingRowHandler handler = new RecordingRowHandler("資料"::equals);

		new OdsReader().read(file, handler);

		assertThat(handler.sheets).containsExactly("0:說明", "1:資料");
		assertThat(handler.rows).containsExactly(new SheetRow(0, List.of(text(0, "要讀"))));
	}

	@Test
	void neverResolvesAnExternalEntity() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
		String content = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM "%s">]>
				""".formatted(secret.toUri()) + document("""
				<table:table table:name="資料"><table:table-row>
				<table:table-cell office:value-type="string"><text:p>before&xxe;after</text:p></table:table-cell>
				</table:table-row></table:table>""").replaceFirst("<\\?xml[^>]*>\\s*", "");
		Path file = ods(MIMETYPE, manifest(false), content.getBytes(StandardCharsets.UTF_8));
		RecordingRowHandler handler = new RecordingRowHandler();

		Throwable thrown = catchThrowable(() -> new OdsReader().read(file, handler));

		// Refusing the file and leaving the entity unexpanded are both fine; leaking the file is not
		if (thrown != null) {
			assertThat(thrown).isInstanceOf(UnreadableSpreadsheetException.class);
			assertThat(thrown.getMessage()).doesNotContain("TOP-SECRET");
		}
		assertThat(handler.rows).flatExtracting(SheetRow::cells)
			.extracting(SheetCell::text)
			.noneMatch(text -> text.contains("TOP-SECRET"));
	}

	@Test
	void refusesContentLargerThanTheLimit() throws Exception {
		Path file = ods("""
				<table:table table:name="大"><table:table-row><table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell></table:table-row></table:table>"""
			.formatted("x".repeat(50_000)));

		assertThatThrownBy(() -> new OdsReader(10_000).read(file, new RecordingRowHandler()))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("超過上限（10000 位元組）");
	}

	@Test
	void refusesContentThatInflatesBeyondWhatTheZipDeclares() throws Exception {
		Path file = ods("""
				<table:table table:name="大"><table:table-row><table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell></table:table-row></table:table>"""
			.formatted("x".repeat(50_000)));
		declareSize(file, "content.xml", 100);
		RecordingRowHandler handler = new RecordingRowHandler();

		assertThatThrownBy(() -> new OdsReader(10_000).read(file, handler))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("超過上限（10000 位元組）");
		assertThat(handler.rows).isEmpty();
	}

	@Test
	void refusesAPasswordProtectedSpreadsheet() throws Exception {
		// Encrypted content.xml is not XML at all; the manifest says how it was encrypted
		byte[] encrypted = new byte[2048];
		new java.util.Random(7).nextBytes(encrypted);
		Path file = ods(MIMETYPE, manifest(true), encrypted);

		assertThatThrownBy(() -> new OdsReader().read(file, new RecordingRowHandler()))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("密碼保護")
			.hasMessageContaining("取消密碼");
	}

	@Test
	void refusesContentThatIsNotXml() throws Exception {
		byte[] garbage = new byte[2048];
		new java.util.Random(7).nextBytes(garbage);
		Path file = ods(MIMETYPE, manifest(false), garbage);

		assertThatThrownBy(() -> new OdsReader().read(file, new RecordingRowHandler()))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("無法解讀")
			.hasMessageContaining("密碼");
	}

	@Test
	void refusesFilesThatAreNotOdfSpreadsheets() throws Exception {
		byte[] content = document("").getBytes(StandardCharsets.UTF_8);
		Path text = ods("application/vnd.oasis.opendocument.text", manifest(false), content);
		Path noMimetype = ods(null, manifest(false), content);
		Path garbage = Files.write(dir.resolve("garbage.ods"), "not a zip at all".getBytes(StandardCharsets.UTF_8));
		Path empty = Files.createFile(dir.resolve("empty.ods"));

		for (Path file : List.of(text, noMimetype, garbage, empty)) {
			assertThatThrownBy(() -> new OdsReader().read(file, new RecordingRowHandler()))
				.as(file.getFileName().toString())
				.isInstanceOf(UnreadableSpreadsheetException.class)
				.hasMessageContaining("不是 OpenDocument 試算表");
		}
	}

	@Test
	void passesTheHandlersOwnFailureThroughUntouched() throws Exception {
		Path file = ods("""
				<table:table table:name="資料"><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>""");
		RowHandler failing = new RecordingRowHandler() {
			@Override
			public void row(SheetRow row) {
				throw new IllegalStateException("handler bug");
			}
		};

		assertThatThrownBy(() -> new OdsReader().read(file, failing)).isExactlyInstanceOf(IllegalStateException.class);
	}

	private Path ods(String tables) throws IOException {
		return ods(MIMETYPE, manifest(false), document(tables).getBytes(StandardCharsets.UTF_8));
	}

	/** Laid out as LibreOffice does: mimetype first and stored, then the manifest and content. */
	private Path ods(String mimetype, String manifest, byte[] content) throws IOException {
		Path file = Files.createTempFile(dir, "sheet", ".ods");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			if (mimetype != null) {
				byte[] bytes = mimetype.getBytes(StandardCharsets.US_ASCII);
				ZipEntry entry = new ZipEntry("mimetype");
				entry.setMethod(ZipEntry.STORED);
				entry.setSize(bytes.length);
				CRC32 crc = new CRC32();
				crc.update(bytes);
				entry.setCrc(crc.getValue());
				zip.putNextEntry(entry);
				zip.write(bytes);
			}
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write(manifest.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(content);
		}
		return file;
	}

	private static String manifest(boolean encrypted) {
		String encryption = encrypted ? """
				<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA">\
				<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/>\
				<manifest:start-key-generation manifest:start-key-generation-name="http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/>\
				<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/>\
				</manifest:encryption-data>""" : "";
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
				 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
				 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">%s</manifest:file-entry>
				</manifest:manifest>
				""".formatted(encryption);
	}

	/** content.xml with the namespaces LibreOffice declares. */
	private static String document(String tables) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
				xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
				xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
				xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" \
				xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
				xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
				xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" \
				xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3">
				<office:scripts/>
				<office:automatic-styles><style:style style:name="ta1" style:family="table"/></office:automatic-styles>
				<office:body><office:spreadsheet><table:calculation-settings table:automatic-find-labels="false"/>
				%s
				<table:named-expressions/></office:spreadsheet></office:body></office:document-content>
				""".formatted(tables);
	}

	/** Rewrites an entry's uncompressed size in the central directory, as a hostile zip would. */
	private static void declareSize(Path file, String entryName, int size) throws IOException {
		byte[] zip = Files.readAllBytes(file);
		ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
		byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 + name.length <= zip.length; i++) {
			if (bytes.getInt(i) == 0x02014b50 && bytes.getShort(i + 28) == name.length
					&& new String(zip, i + 46, name.length, StandardCharsets.UTF_8).equals(entryName)) {
				bytes.putInt(i + 24, size);
				Files.write(file, zip);
				return;
			}
		}
		throw new IllegalStateException("No central directory entry for " + entryName);
	}

}

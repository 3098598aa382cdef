package tw.gov.quality.printing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A workbook as it prints: converted to PDF by LibreOffice ({@code soffice --headless --convert-to pdf}),
 * then read with PDFBox, so that tests measure the printed page (its font sizes, the texts on it, its
 * page count), not the cells.
 * <p>
 * Without LibreOffice the calling test is skipped (an assumption), unless the system property
 * {@code quality.require-office=true} is set: then it fails, so CI cannot skip these checks silently.
 */
public final class PrintedPdf {

	/** Set by CI ({@code .ci/run}): a missing LibreOffice is a failure, not a skipped test. */
	public static final String REQUIRE_OFFICE = "quality.require-office";

	/** One LibreOffice user profile per test JVM, so that a developer's running LibreOffice is not disturbed. */
	private static Path profile;

	private final Path pdf;

	private final List<String> pageTexts;

	private final String text;

	private final List<Glyph> glyphs;

	private PrintedPdf(Path pdf, List<String> pageTexts, List<Glyph> glyphs) {
		this.pdf = pdf;
		this.pageTexts = pageTexts;
		this.text = String.join("\n", pageTexts);
		this.glyphs = glyphs;
	}

	/** A glyph as printed: its character, page (1-based) and effective size in points on the paper. */
	public record Glyph(String unicode, int page, float size) {
	}

	/** Converts the workbook with LibreOffice and reads the PDF; skips or fails the test without LibreOffice. */
	public static PrintedPdf of(Path workbook) {
		return read(convert(workbook));
	}

	/** Converts several workbooks in one LibreOffice start (each start costs seconds). */
	public static List<PrintedPdf> of(List<Path> workbooks) {
		List<PrintedPdf> printed = new ArrayList<>();
		for (Path pdf : convert(workbooks)) {
			printed.add(read(pdf));
		}
		return printed;
	}

	public int pages() {
		return pageTexts.size();
	}

	/** The text of one page, 1-based. */
	public String page(int page) {
		return pageTexts.get(page - 1);
	}

	/** The PDF, kept beside the workbook for a person to look at when a check fails. */
	public Path file() {
		return pdf;
	}

	/** The text of every page, as PDFBox extracts it in reading order. */
	public String text() {
		return text;
	}

	public List<Glyph> glyphs() {
		return glyphs;
	}

	/**
	 * The smallest printed size of any character: cells, page header and footer alike (LibreOffice shrinks
	 * them all by the same fit-to-width scale).
	 */
	public float smallestSize() {
		return glyphs.stream()
			.filter(g -> !g.unicode().isBlank())
			.map(Glyph::size)
			.min(Float::compare)
			.orElseThrow(() -> new AssertionError("no text printed"));
	}

	/**
	 * Each label must print whole, on one line, as one run of text: a label cut by its cell prints as a
	 * prefix only and is not found. Whitespace is ignored because a header wrapped over two lines in its
	 * cell is extracted with a line break inside it.
	 */
	public void assertPrintsWhole(String... labels) {
		String compact = text.replaceAll("\\s+", "");
		for (String label : labels) {
			assertThat(compact).as("「%s」 printed whole", label).contains(label.replaceAll("\\s+", ""));
		}
	}

	static PrintedPdf read(Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			List<Glyph> glyphs = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition position) {
					super.processTextPosition(position);
					// The text rendering matrix includes LibreOffice's fit-to-page scale: the size on paper.
					glyphs.add(new Glyph(position.getUnicode(), getCurrentPageNo(),
							Math.abs(position.getTextMatrix().getScalingFactorY())));
				}
			};
			// In content order: LibreOffice writes each cell's text together, so a cell's words are never interleaved
			// with a neighbouring row's that sits a little higher or lower.
			stripper.setSortByPosition(false);
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document));
			}
			return new PrintedPdf(pdf, List.copyOf(pages), List.copyOf(glyphs));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path convert(Path workbook) {
		return convert(List.of(workbook)).get(0);
	}

	/** @return the PDFs, beside the workbooks, in the same order */
	static synchronized List<Path> convert(List<Path> workbooks) {
		Path soffice = requireOffice();
		try {
			if (profile == null) {
				profile = Files.createTempDirectory("quality-office-profile");
				Path created = profile;
				Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(created)));
			}
			Path folder = workbooks.get(0).toAbsolutePath().getParent();
			List<String> command = new ArrayList<>(List.of(soffice.toString(),
					"-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", "pdf",
					"--outdir", folder.toString()));
			List<Path> pdfs = new ArrayList<>();
			for (Path workbook : workbooks) {
				command.add(workbook.toAbsolutePath().toString());
				String name = workbook.getFileName().toString();
				Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
				Files.deleteIfExists(pdf);
				pdfs.add(pdf);
			}
			Path log = Files.createTempFile("soffice", ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				fail("LibreOffice did not convert " + workbooks + " within 5 minutes");
			}
			for (Path pdf : pdfs) {
				assertThat(pdf).as("PDF of LibreOffice (%s): %s", process.exitValue(), Files.readString(log)).exists();
			}
			Files.deleteIfExists(log);
			return pdfs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path folder) {
		try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// A temporary folder: the system cleans it up in the end.
		}
	}

	/**
	 * LibreOffice's soffice; without it the calling test is skipped, or fails when {@value #REQUIRE_OFFICE}
	 * is true. Call it before slow preparations that only the print checks need.
	 */
	public static Path requireOffice() {
		Path soffice = soffice().orElse(null);
		if (soffice == null) {
			String message = "LibreOffice (soffice) is not installed: the print checks need it"
					+ " (Debian: apt-get install libreoffice-calc-nogui fonts-noto-cjk)";
			if (Boolean.getBoolean(REQUIRE_OFFICE)) {
				fail(message + "; " + REQUIRE_OFFICE + "=true makes this a failure");
			}
			Assumptions.abort(message);
		}
		return soffice;
	}

	/** soffice on the PATH, or where LibreOffice installs it on Debian, Windows and macOS. */
	static Optional<Path> soffice() {
		List<Path> candidates = new ArrayList<>();
		String path = System.getenv("PATH");
		if (path != null) {
			for (String dir : path.split(File.pathSeparator)) {
				candidates.add(Path.of(dir, "soffice"));
				candidates.add(Path.of(dir, "soffice.exe"));
			}
		}
		candidates.add(Path.of("/usr/lib/libreoffice/program/soffice"));
		candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
		candidates.add(Path.of("C:\\Program Files\\LibreOffice\\program\\soffice.exe"));
		return candidates.stream().filter(Files::isExecutable).findFirst();
	}

}

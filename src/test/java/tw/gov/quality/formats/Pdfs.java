package tw.gov.quality.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: its fonts (name, embedded) and its text. */
public record Pdfs(int pages, List<Font> fonts, String text) {

	public record Font(String name, boolean embedded) {
	}

	public static Pdfs read(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			List<Font> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					Font found = new Font(font.getName(), font.isEmbedded());
					if (!fonts.contains(found)) {
						fonts.add(found);
					}
				}
			}
			return new Pdfs(document.getNumberOfPages(), fonts, new PDFTextStripper().getText(document));
		}
	}

}

package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.poi.ss.usermodel.Workbook;

/** Writes a finished workbook next to its target, then moves it into place: no reader ever sees half a file. */
public final class WorkbookFiles {

	private WorkbookFiles() {
	}

	public static void write(Workbook workbook, Path target) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path partial = Files.createTempFile(parent, ".writing-", ".xlsx");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				workbook.write(out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

}

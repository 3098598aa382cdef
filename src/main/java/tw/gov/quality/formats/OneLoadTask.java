package tw.gov.quality.formats;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.sun.star.frame.XStorable;
import com.sun.star.lang.XComponent;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.document.DocumentFamily;
import org.jodconverter.core.document.DocumentFormat;
import org.jodconverter.core.job.SourceDocumentSpecs;
import org.jodconverter.core.office.OfficeContext;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.filter.RefreshFilter;
import org.jodconverter.local.office.LocalOfficeContext;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.jodconverter.local.office.utils.Lo;
import org.jodconverter.local.task.AbstractLocalOfficeTask;

/**
 * One office task that loads an .xlsx once and stores it in each wanted format: what JODConverter's
 * {@code LocalConverter} does for one format (the same load properties, refresh and store filters: calc8 for
 * .ods, calc_pdf_Export for PDF, from its default format registry), without loading the workbook again for
 * the next format. A store that fails is recorded for its format and the others are still stored; a load
 * that fails fails the task.
 */
final class OneLoadTask extends AbstractLocalOfficeTask {

	/** A format and the file it is stored into. */
	record Target(OutputFormat format, Path file) {
	}

	private final List<Target> targets;

	private final Map<OutputFormat, OfficeException> failures = new EnumMap<>(OutputFormat.class);

	OneLoadTask(Path xlsx, List<Target> targets) {
		super(new Workbook(xlsx.toFile()), false, LocalConverter.DEFAULT_LOAD_PROPERTIES);
		this.targets = List.copyOf(targets);
	}

	/** The formats whose store failed, after {@link #execute}. */
	synchronized Map<OutputFormat, OfficeException> failures() {
		return new EnumMap<>(failures);
	}

	@Override
	public void execute(OfficeContext context) throws OfficeException {
		XComponent document = null;
		try {
			document = loadDocument((LocalOfficeContext) context, source.getFile());
			RefreshFilter.CHAIN.copy().doFilter(context, document);
			DocumentFamily family = LocalOfficeUtils.getDocumentFamily(document);
			for (Target target : targets) {
				store(document, family, target);
			}
		}
		catch (OfficeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new OfficeException("Could not convert " + source.getFile().getName(), ex);
		}
		finally {
			closeDocument(document);
		}
	}

	private void store(XComponent document, DocumentFamily family, Target target) {
		File file = target.file().toFile();
		Map<String, Object> filter = documentFormat(target.format()).getStoreProperties(family);
		if (filter == null || !filter.containsKey("FilterName")) {
			fail(target, new OfficeException("Unsupported conversion: " + family + " to ." + target.format().extension()));
			return;
		}
		try {
			Lo.qi(XStorable.class, document).storeToURL(LocalOfficeUtils.toUrl(file),
					LocalOfficeUtils.toUnoProperties(filter));
		}
		catch (com.sun.star.uno.Exception | RuntimeException ex) {
			fail(target, new OfficeException("Could not store document: " + file.getName(), ex));
		}
	}

	private synchronized void fail(Target target, OfficeException ex) {
		failures.put(target.format(), ex);
	}

	static DocumentFormat documentFormat(OutputFormat format) {
		return switch (format) {
			case ODS -> DefaultDocumentFormatRegistry.ODS;
			case PDF -> DefaultDocumentFormatRegistry.PDF;
			case XLSX -> DefaultDocumentFormatRegistry.XLSX;
		};
	}

	/** The .xlsx as JODConverter's source: loaded with the XLSX format's load properties. */
	private record Workbook(File file) implements SourceDocumentSpecs {

		@Override
		public File getFile() {
			return file;
		}

		@Override
		public DocumentFormat getFormat() {
			return DefaultDocumentFormatRegistry.XLSX;
		}

	}

}

package tw.gov.quality.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * One zip entry of an .xlsx as it inflates, guarded as POI's {@code ZipSecureFile} guards it and more:
 * refused (a zip bomb) when it declares or inflates beyond POI's entry size limit, beyond its declared
 * size, or, past the first 100 KB, at a compressed/inflated ratio under POI's minimum; refused as
 * damaged when its end comes with another size or CRC than the zip's directory declares.
 */
final class XlsxPartStream extends FilterInputStream {

	private final ZipEntry entry;

	private final CRC32 crc = new CRC32();

	private final long limit;

	private final double minRatio;

	private long count;

	private XlsxPartStream(InputStream in, ZipEntry entry, long limit, double minRatio) {
		super(in);
		this.entry = entry;
		this.limit = limit;
		this.minRatio = minRatio;
	}

	static InputStream of(ZipFile zip, ZipEntry entry) throws IOException {
		long limit = ZipSecureFile.getMaxEntrySize();
		double minRatio = ZipSecureFile.getMinInflateRatio();
		long size = entry.getSize();
		if (size > limit || (size > ZipInspection.GRACE_ENTRY_SIZE
				&& (double) entry.getCompressedSize() / size < minRatio)) {
			throw Refused.zipBomb(entry.getName() + " declares " + size + " bytes from " + entry.getCompressedSize());
		}
		return new XlsxPartStream(zip.getInputStream(entry), entry, limit, minRatio);
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			crc.update(buffer, offset, n);
			counted(n);
		}
		else if (n < 0) {
			ended();
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		// Skipped bytes must still be checked: read them
		byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
		int read = read(buffer, 0, buffer.length);
		return Math.max(0, read);
	}

	private void counted(int n) throws IOException {
		count += n;
		long declared = entry.getSize();
		if (count > limit || (declared >= 0 && count > declared)) {
			throw Refused.zipBomb(entry.getName() + " inflates beyond " + Math.min(limit, declared) + " bytes");
		}
		if (count > ZipInspection.GRACE_ENTRY_SIZE && (double) entry.getCompressedSize() / count < minRatio) {
			throw Refused.zipBomb(entry.getName() + " inflates " + count + " bytes from " + entry.getCompressedSize());
		}
	}

	private void ended() throws IOException {
		if ((entry.getSize() >= 0 && count != entry.getSize()) || (entry.getCrc() >= 0 && crc.getValue() != entry.getCrc())) {
			throw Refused.damaged(entry.getName() + ": " + count + " bytes, CRC " + Long.toHexString(crc.getValue())
					+ " (declared " + entry.getSize() + " bytes, CRC " + Long.toHexString(entry.getCrc()) + ")");
		}
	}

	/** What a part is refused for; an IOException because that is all a stream may throw. */
	static final class Refused extends IOException {

		private static final long serialVersionUID = 1L;

		private final boolean zipBomb;

		private Refused(String message, boolean zipBomb) {
			super(message);
			this.zipBomb = zipBomb;
		}

		static Refused zipBomb(String message) {
			return new Refused("Zip bomb: " + message, true);
		}

		static Refused damaged(String message) {
			return new Refused("Damaged zip entry " + message, false);
		}

		/** The refusal for the sender. */
		UnreadableSpreadsheetException refusal() {
			UnreadableSpreadsheetException refusal = zipBomb ? Refusals.zipBomb() : Refusals.corrupt();
			refusal.initCause(this);
			return refusal;
		}

	}

}

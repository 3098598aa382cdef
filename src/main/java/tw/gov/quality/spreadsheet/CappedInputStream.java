package tw.gov.quality.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails once more than a set number of bytes have been read, so that a small zip entry cannot
 * inflate into gigabytes. The failure is an IOException because that is all a stream may throw;
 * callers check {@link #exceeded()} to tell it apart from a damaged file.
 */
class CappedInputStream extends FilterInputStream {

	private final long limit;

	private long count;

	private boolean exceeded;

	CappedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	boolean exceeded() {
		return exceeded;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		counted(skipped);
		return skipped;
	}

	@Override
	public boolean markSupported() {
		// A reset would un-count bytes that were already inflated
		return false;
	}

	@Override
	public synchronized void reset() throws IOException {
		throw new IOException("mark/reset not supported");
	}

	private void counted(long n) throws IOException {
		count += n;
		if (count > limit) {
			exceeded = true;
			throw new IOException("Uncompressed size exceeds the limit of " + limit + " bytes");
		}
	}

}

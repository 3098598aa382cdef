package tw.gov.quality.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small zip package written from parts already deflated: for {@link PreparedPackage}, whose fixed parts are
 * deflated once instead of for every file, and whose few written parts are deflated by one zlib stream per
 * thread instead of a new one per file (a new {@code ZipOutputStream} starts one, and the seven fixed parts of a
 * receipt were deflated again each time: about 8% of the answering threads' samples). Each entry's sizes and
 * CRC are known before it is written, so the local headers carry them (no data descriptors); no ZIP64, which a
 * prepared workbook never needs.
 */
final class DeflatedParts {

	/** A part as it goes into the package: its name, its deflated bytes, its CRC-32 and inflated size. */
	record Part(String name, byte[] deflated, int deflatedLength, long crc, long size) {
	}

	private static final int LOCAL_HEADER = 0x04034b50;

	private static final int CENTRAL_HEADER = 0x02014b50;

	private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;

	/** Version 2.0: deflate. */
	private static final int VERSION = 20;

	private static final int DEFLATED = 8;

	/** General purpose flag bit 11: the name is UTF-8. */
	private static final int UTF8_NAME = 1 << 11;

	private static final long MAX = 0xFFFFFFFFL;

	/**
	 * One zlib stream per thread and level, reset before each part: starting one allocates and clears about
	 * 256 KB.
	 */
	private static final ThreadLocal<Deflater[]> DEFLATERS = ThreadLocal
		.withInitial(() -> new Deflater[Deflater.BEST_COMPRESSION + 1]);

	private DeflatedParts() {
	}

	/** The part deflated at {@link WorkbookFiles#BULK_LEVEL}. */
	static Part deflate(String name, byte[] bytes, int length) {
		return deflate(name, bytes, length, WorkbookFiles.BULK_LEVEL);
	}

	/** The part deflated at {@code level} ({@link Deflater#NO_COMPRESSION} to {@link Deflater#BEST_COMPRESSION}). */
	static Part deflate(String name, byte[] bytes, int length, int level) {
		CRC32 crc = new CRC32();
		crc.update(bytes, 0, length);
		Deflater deflater = deflater(level);
		deflater.reset();
		deflater.setInput(bytes, 0, length);
		deflater.finish();
		byte[] out = new byte[Math.max(64, level == Deflater.NO_COMPRESSION ? length + 64 : length / 2 + 64)];
		int written = 0;
		while (!deflater.finished()) {
			if (written == out.length) {
				out = Arrays.copyOf(out, out.length * 2);
			}
			written += deflater.deflate(out, written, out.length - written);
		}
		return new Part(name, out, written, crc.getValue(), length);
	}

	private static Deflater deflater(int level) {
		Deflater[] deflaters = DEFLATERS.get();
		if (deflaters[level] == null) {
			deflaters[level] = new Deflater(level, true);
		}
		return deflaters[level];
	}

	/** What a writer writes for a part, gathered to be deflated at once. */
	static final class Buffer extends ByteArrayOutputStream {

		Buffer() {
			super(16 * 1024);
		}

		Part deflated(String name, int level) {
			return deflate(name, buf, count, level);
		}

	}

	/** Writes the package: the parts in their order, then the central directory. */
	static void write(OutputStream out, List<Part> parts, LocalDateTime time) throws IOException {
		int dosTime = dosTime(time);
		Header header = new Header();
		long offset = 0;
		long[] offsets = new long[parts.size()];
		byte[][] names = new byte[parts.size()][];
		for (int i = 0; i < parts.size(); i++) {
			Part part = parts.get(i);
			byte[] name = part.name().getBytes(StandardCharsets.UTF_8);
			names[i] = name;
			if (offset > MAX || part.size() > MAX || part.deflatedLength() > MAX) {
				throw new IOException("Part " + part.name() + " needs ZIP64, which a prepared package does not write");
			}
			offsets[i] = offset;
			header.reset();
			header.int32(LOCAL_HEADER).int16(VERSION).int16(flags(part.name())).int16(DEFLATED).int32(dosTime)
				.int32(part.crc())
				.int32(part.deflatedLength())
				.int32(part.size())
				.int16(name.length)
				.int16(0)
				.bytes(name);
			header.writeTo(out);
			out.write(part.deflated(), 0, part.deflatedLength());
			offset += header.size() + part.deflatedLength();
		}
		long directory = offset;
		header.reset();
		for (int i = 0; i < parts.size(); i++) {
			Part part = parts.get(i);
			byte[] name = names[i];
			header.int32(CENTRAL_HEADER).int16(VERSION).int16(VERSION).int16(flags(part.name())).int16(DEFLATED)
				.int32(dosTime)
				.int32(part.crc())
				.int32(part.deflatedLength())
				.int32(part.size())
				.int16(name.length)
				.int16(0)
				.int16(0)
				.int16(0)
				.int16(0)
				.int32(0)
				.int32(offsets[i])
				.bytes(name);
		}
		long directorySize = header.size();
		if (directory > MAX || parts.size() > 0xFFFF) {
			throw new IOException("The package needs ZIP64, which a prepared package does not write");
		}
		header.int32(END_OF_CENTRAL_DIRECTORY).int16(0).int16(0).int16(parts.size()).int16(parts.size())
			.int32(directorySize)
			.int32(directory)
			.int16(0);
		header.writeTo(out);
	}

	/** The UTF-8 flag, as {@code ZipOutputStream} sets it: only for a name that is not ASCII. */
	private static int flags(String name) {
		return name.chars().allMatch(c -> c < 0x80) ? 0 : UTF8_NAME;
	}

	/** MS-DOS date and time, local, as zip tools read them (two-second resolution). */
	static int dosTime(LocalDateTime time) {
		int year = Math.max(1980, Math.min(2107, time.getYear()));
		return (year - 1980) << 25 | time.getMonthValue() << 21 | time.getDayOfMonth() << 16 | time.getHour() << 11
				| time.getMinute() << 5 | time.getSecond() >> 1;
	}

	/** Little-endian fields, gathered before they are written. */
	private static final class Header extends ByteArrayOutputStream {

		Header() {
			super(4096);
		}

		Header int16(int value) {
			write(value & 0xFF);
			write((value >>> 8) & 0xFF);
			return this;
		}

		Header int32(long value) {
			int16((int) (value & 0xFFFF));
			return int16((int) ((value >>> 16) & 0xFFFF));
		}

		Header bytes(byte[] bytes) {
			write(bytes, 0, bytes.length);
			return this;
		}

	}

}

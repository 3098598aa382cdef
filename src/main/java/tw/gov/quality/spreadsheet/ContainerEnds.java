package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a spreadsheet file has its end yet, read from the container alone: a zip (.xlsx, .ods) ends
 * with its central directory, and an OLE2 file (.xls) is as long as its allocation table says. A copy
 * still being written, or one that stalled, has neither; such a file is waited for, not refused.
 */
public final class ContainerEnds {

	private static final int ZIP_LOCAL_HEADER = 0x04034b50;

	private static final int ZIP_END = 0x06054b50;

	/** The end record is 22 bytes, followed by a comment of at most 65,535. */
	private static final int ZIP_END_SEARCH = 22 + 65_535;

	private static final long OLE2_MAGIC = 0xE11AB1A1E011CFD0L;

	private static final int FREE_SECTOR = 0xFFFFFFFF;

	private static final int LAST_REGULAR_SECTOR = 0xFFFFFFFA;

	private ContainerEnds() {
	}

	/** What a file's container says about its end. */
	private enum End {

		/** A zip with its end record, or an OLE2 file as long as its sectors. */
		THERE,

		/** Empty, a zip without its end record, or an OLE2 file shorter than its sectors. */
		MISSING,

		/** Neither container: not ours to judge. */
		UNKNOWN

	}

	/** {@code true} for an empty file, a zip without its end record, or an OLE2 file shorter than its sectors. */
	public static boolean missing(Path file) throws IOException {
		return end(file) == End.MISSING;
	}

	/** {@code true} only for a zip with its end record or an OLE2 file as long as its sectors: known to be whole. */
	public static boolean there(Path file) throws IOException {
		return end(file) == End.THERE;
	}

	private static End end(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			if (size == 0) {
				return End.MISSING;
			}
			ByteBuffer head = read(channel, 0, (int) Math.min(512, size));
			if (head.remaining() >= 4 && head.getInt(0) == ZIP_LOCAL_HEADER) {
				return zipEnd(channel, size);
			}
			if (head.remaining() >= 8 && head.getLong(0) == OLE2_MAGIC) {
				return ole2End(channel, head, size);
			}
			return End.UNKNOWN;
		}
	}

	/**
	 * The last end record in the tail: there when it and its comment end the file exactly; an end record
	 * followed by other bytes (padding, or a zip stored inside one still being copied) is not judged.
	 */
	private static End zipEnd(FileChannel channel, long size) throws IOException {
		int length = (int) Math.min(size, ZIP_END_SEARCH);
		ByteBuffer tail = read(channel, size - length, length);
		for (int i = length - 22; i >= 0; i--) {
			if (tail.getInt(i) == ZIP_END) {
				int comment = Short.toUnsignedInt(tail.getShort(i + 20));
				return i + 22 + comment == length ? End.THERE : End.UNKNOWN;
			}
		}
		return End.MISSING;
	}

	/**
	 * The header names the first 109 sectors of the allocation table; a file cut short lacks some of
	 * them, or lacks a sector they say is in use.
	 */
	private static End ole2End(FileChannel channel, ByteBuffer header, long size) throws IOException {
		if (header.remaining() < 512) {
			return End.MISSING;
		}
		int sectorSize = 1 << header.getShort(0x1E);
		if (sectorSize != 512 && sectorSize != 4096) {
			return End.UNKNOWN; // the inspector refuses it
		}
		long sectors = (size - Math.max(512, sectorSize)) / sectorSize;
		int fatSectors = Math.min(header.getInt(0x2C), 109);
		long highestInUse = -1;
		for (int i = 0; i < fatSectors; i++) {
			int fatSector = header.getInt(0x4C + 4 * i);
			if (Integer.compareUnsigned(fatSector, LAST_REGULAR_SECTOR) > 0) {
				continue;
			}
			if (Integer.toUnsignedLong(fatSector) >= sectors) {
				return End.MISSING;
			}
			ByteBuffer fat = read(channel, (Integer.toUnsignedLong(fatSector) + 1) * sectorSize, sectorSize);
			for (int entry = 0; entry < sectorSize / 4; entry++) {
				if (fat.getInt(entry * 4) != FREE_SECTOR) {
					highestInUse = Math.max(highestInUse, (long) i * (sectorSize / 4) + entry);
				}
			}
		}
		return highestInUse >= sectors ? End.MISSING : End.THERE;
	}

	private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				break;
			}
		}
		return buffer.flip();
	}

}

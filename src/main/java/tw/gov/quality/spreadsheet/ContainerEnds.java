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

	/** {@code true} for an empty file, a zip without its end record, or an OLE2 file shorter than its sectors. */
	public static boolean missing(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			if (size == 0) {
				return true;
			}
			ByteBuffer head = read(channel, 0, (int) Math.min(512, size));
			if (head.remaining() >= 4 && head.getInt(0) == ZIP_LOCAL_HEADER) {
				return !hasZipEnd(channel, size);
			}
			if (head.remaining() >= 8 && head.getLong(0) == OLE2_MAGIC) {
				return ole2Short(channel, head, size);
			}
			return false;
		}
	}

	private static boolean hasZipEnd(FileChannel channel, long size) throws IOException {
		int length = (int) Math.min(size, ZIP_END_SEARCH);
		ByteBuffer tail = read(channel, size - length, length);
		for (int i = length - 22; i >= 0; i--) {
			if (tail.getInt(i) == ZIP_END) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The header names the first 109 sectors of the allocation table; a file cut short lacks some of
	 * them, or lacks a sector they say is in use.
	 */
	private static boolean ole2Short(FileChannel channel, ByteBuffer header, long size) throws IOException {
		if (header.remaining() < 512) {
			return true;
		}
		int sectorSize = 1 << header.getShort(0x1E);
		if (sectorSize != 512 && sectorSize != 4096) {
			return false; // not ours to judge: the inspector refuses it
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
				return true;
			}
			ByteBuffer fat = read(channel, (Integer.toUnsignedLong(fatSector) + 1) * sectorSize, sectorSize);
			for (int entry = 0; entry < sectorSize / 4; entry++) {
				if (fat.getInt(entry * 4) != FREE_SECTOR) {
					highestInUse = Math.max(highestInUse, (long) i * (sectorSize / 4) + entry);
				}
			}
		}
		return highestInUse >= sectors;
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

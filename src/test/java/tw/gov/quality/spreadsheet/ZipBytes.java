package tw.gov.quality.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/** Stored zip entries, and the bytes of a written zip found and patched, to damage it as a test needs. */
final class ZipBytes {

	private ZipBytes() {
	}

	/** Where the bytes first hold the part. */
	static int indexOf(byte[] bytes, byte[] part) {
		outer: for (int i = 0; i <= bytes.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (bytes[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new IllegalArgumentException("not found");
	}

	/** Rewrites the uncompressed size an entry's central directory record declares. */
	static void patchDeclaredSize(byte[] zip, String name, int size) {
		byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 <= zip.length; i++) {
			boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
			int nameLength = central ? (zip[i + 28] & 0xFF) | (zip[i + 29] & 0xFF) << 8 : -1;
			if (nameLength == nameBytes.length
					&& Arrays.equals(zip, i + 46, i + 46 + nameLength, nameBytes, 0, nameLength)) {
				for (int b = 0; b < 4; b++) {
					zip[i + 24 + b] = (byte) (size >>> (8 * b));
				}
				return;
			}
		}
		throw new IllegalArgumentException("no central directory record for " + name);
	}

	/** An entry written uncompressed: its bytes appear in the zip as they are. */
	static ZipEntry stored(String name, byte[] content) {
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(content.length);
		entry.setCompressedSize(content.length);
		CRC32 crc = new CRC32();
		crc.update(content);
		entry.setCrc(crc.getValue());
		return entry;
	}

}

package tw.gov.quality.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.unit.DataSize;

/**
 * One folder as the service needs it: a directory, or missing but creatable (the service creates it
 * when first needed); readable; writable; with at least the minimum free space.
 * <p>
 * Writability is asked of the file system ({@link Files#isWritable}), never probed by writing a
 * file: a probe file in the inbox would be ingested as a submission.
 *
 * @param checked the folder whose permissions and free space were checked: the folder itself, or
 * the nearest existing folder it would be created in; {@code null} if none exists
 * @param problems what is wrong, in Traditional Chinese for the administrator; empty when usable
 */
record FolderCheck(Path path, boolean exists, Path checked, boolean readable, boolean writable, long freeBytes,
		long minFreeBytes, List<String> problems) {

	static FolderCheck of(Path folder, DataSize minFree) {
		Path path = folder.toAbsolutePath().normalize();
		List<String> problems = new ArrayList<>();
		boolean exists = Files.exists(path);
		// A missing folder is judged by the nearest folder that exists: the one it would be created in.
		Path existing = exists ? path : nearestExistingAncestor(path);
		if (existing == null) {
			problems.add("不存在，上層資料夾也不存在");
			return new FolderCheck(path, false, null, false, false, -1, minFree.toBytes(), List.copyOf(problems));
		}
		if (!Files.isDirectory(existing)) {
			problems.add(exists ? "不是資料夾" : "無法建立：上層 " + existing + " 不是資料夾");
		}
		boolean readable = Files.isReadable(existing);
		boolean writable = Files.isWritable(existing);
		if (!readable) {
			problems.add(exists ? "無法讀取" : "不存在，且無法讀取上層資料夾 " + existing);
		}
		if (!writable) {
			problems.add(exists ? "無法寫入" : "不存在，且無法在上層資料夾 " + existing + " 建立");
		}
		long free = -1;
		try {
			free = Files.getFileStore(existing).getUsableSpace();
			if (free < minFree.toBytes()) {
				problems.add("剩餘空間 " + human(free) + "，低於下限 " + human(minFree.toBytes()));
			}
		}
		catch (IOException ex) {
			problems.add("無法取得剩餘空間：" + ex.getMessage());
		}
		return new FolderCheck(path, exists, existing, readable, writable, free, minFree.toBytes(), List.copyOf(problems));
	}

	boolean usable() {
		return problems.isEmpty();
	}

	Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("status", usable() ? "UP" : "DOWN");
		details.put("path", path.toString());
		details.put("exists", exists);
		if (!exists && checked != null) {
			// readable, writable and free are those of the folder it will be created in
			details.put("createdIn", checked.toString());
		}
		details.put("readable", readable);
		details.put("writable", writable);
		details.put("free", freeBytes < 0 ? "?" : human(freeBytes));
		details.put("freeBytes", freeBytes);
		details.put("minFreeBytes", minFreeBytes);
		if (!usable()) {
			details.put("problem", String.join("；", problems));
		}
		return details;
	}

	private static Path nearestExistingAncestor(Path path) {
		Path candidate = path.getParent();
		while (candidate != null && !Files.exists(candidate)) {
			candidate = candidate.getParent();
		}
		return candidate;
	}

	static String human(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		String[] units = { "KB", "MB", "GB", "TB", "PB" };
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
	}

}

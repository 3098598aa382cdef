package tw.gov.quality.cli;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * Version and build time from {@code META-INF/build-info.properties}, written by spring-boot-maven-plugin's
 * {@code build-info} goal (the same file {@code /actuator/info} shows), read without Spring.
 */
record BuildInfo(String name, String version, Instant time) {

	private static final DateTimeFormatter TAIPEI = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Taipei"));

	static BuildInfo read() {
		Properties properties = new Properties();
		try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream("META-INF/build-info.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			// unknown version: said so below
		}
		Instant time = null;
		try {
			String text = properties.getProperty("build.time");
			time = text == null ? null : Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			// unknown time
		}
		return new BuildInfo(properties.getProperty("build.artifact", "quality-progress"),
				properties.getProperty("build.version"), time);
	}

	/** {@code quality-progress 0.1.0（建置時間 2026-12-01 22:55:00 臺北時間）} */
	String describe() {
		return name + " " + (version == null ? "（版本不明：不是由 Maven 打包的程式）" : version)
				+ (time == null ? "" : "（建置時間 " + TAIPEI.format(time) + " 臺北時間）");
	}

	/** {@code quality-progress 0.1.0} for the help's first line. */
	String shortName() {
		return version == null ? name : name + " " + version;
	}

}

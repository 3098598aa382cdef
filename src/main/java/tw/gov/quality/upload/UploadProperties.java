package tw.gov.quality.upload;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Console and API uploads.
 *
 * @param ingestAfter an ingestion starts this long after an upload is stored (uploads within it share the run),
 * so the uploader sees the receipt's outcome within seconds; {@code 0} leaves uploads to the scheduled ingestion
 */
@ConfigurationProperties("quality.upload")
record UploadProperties(@DefaultValue("3s") Duration ingestAfter) {

	UploadProperties {
		if (ingestAfter.isNegative()) {
			throw new IllegalArgumentException("quality.upload.ingest-after 不可為負數：" + ingestAfter);
		}
	}

}

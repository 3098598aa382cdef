package tw.gov.quality.office;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The office tree as the administrator writes it in config/application.yml. */
@ConfigurationProperties("quality")
record OfficeProperties(@DefaultValue List<Entry> offices) {

	record Entry(String code, String name, String parent, String contactPerson, String phone, String email) {
	}

}

package tw.gov.quality;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on the real embedded MariaDB, fresh under target/ (integration-test.properties).
 * Every integration test uses exactly this, so all of them share one cached context and one server.
 * The web layer runs on a mock servlet environment: {@code MockMvc} reaches every page and API
 * through the real security filter chains.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@SpringBatchTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:integration-test.properties")
public @interface IntegrationTest {
}

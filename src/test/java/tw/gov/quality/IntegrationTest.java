package tw.gov.quality;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the real embedded MariaDB (test profile: fresh data under target/).
 * Every integration test uses exactly this, so all of them share one cached context and one server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@SpringBatchTest
@ActiveProfiles("test")
public @interface IntegrationTest {
}

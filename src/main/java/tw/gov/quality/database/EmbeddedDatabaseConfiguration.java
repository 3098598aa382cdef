package tw.gov.quality.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB (or, when another running process of this program already runs it on
 * the same data directory, uses that one: see {@link EmbeddedMariaDb}) and points the data source at
 * it, unless an external server is configured through {@code spring.datasource.url}, in which case
 * Spring Boot's own data source auto-configuration takes over and nothing embedded starts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "release")
	EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
		return EmbeddedMariaDb.acquire(properties);
	}

	@Bean
	DataSource dataSource(EmbeddedMariaDb mariaDb, EmbeddedDatabaseProperties properties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("embedded-mariadb");
		dataSource.setJdbcUrl(mariaDb.jdbcUrl(properties.database()));
		dataSource.setUsername("root");
		dataSource.setPassword("");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}

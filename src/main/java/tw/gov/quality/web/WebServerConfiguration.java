package tw.gov.quality.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat lets an encoded slash ({@code %2F}) or backslash ({@code %5C}) in a path through, undecoded,
 * instead of answering with its own English error page before the application sees the request: Spring
 * Security's firewall then refuses it, with the same Chinese 400 (a problem detail for the API) as every
 * other malformed path. Nothing is ever decoded into a path separator.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(TomcatServletWebServerFactory.class)
class WebServerConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSeparatorsToTheFirewall() {
		return factory -> factory.addConnectorCustomizers(connector -> {
			connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
			connector.setEncodedReverseSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
		});
	}

	/** Tomcat's own error responses (before any servlet) in Chinese: see {@link ChineseErrorReportValve}. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> chineseErrorReports() {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.setErrorReportValveClass(ChineseErrorReportValve.class.getName());
				host.getPipeline().addValve(new ChineseErrorReportValve());
			}
		});
	}

}

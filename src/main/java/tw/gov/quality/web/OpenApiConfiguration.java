package tw.gov.quality.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description, at {@code /v3/api-docs} (browsable at {@code /swagger-ui.html}):
 * every {@code /api/**} endpoint, HTTP Basic, errors as problem details.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BASIC = "basicAuth";

	@Bean
	OpenAPI qualityProgressApi() {
		return new OpenAPI()
			.info(new Info().title("服務品質季進度彙報 API")
				.version("1")
				.description("與網頁主控台相同的功能，以 JSON 提供。以 HTTP Basic 登入（帳號同主控台）；"
						+ "角色：ADMIN 全部、SUPERVISOR 所監督機關樹的查詢與下載、OFFICE 自己機關的範本、回執與紀錄。"
						+ "錯誤一律以 RFC 9457 problem details（application/problem+json）回應。日期時間為 ISO-8601（Asia/Taipei）。"))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

}

package vn.motcua.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published HTTP contract (shared/API.md) at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI motCuaOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Một Cửa API")
				.version("v1")
				.description("Giao diện tích hợp của hệ thống Một Cửa: cơ quan, người dùng, lĩnh vực, lịch làm việc, "
						+ "thủ tục hành chính, hồ sơ, phản ánh kiến nghị và báo cáo. Lỗi theo RFC 9457.")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("bearerAuth",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("basicAuth"))
			.addSecurityItem(new SecurityRequirement().addList("bearerAuth"));
	}
}

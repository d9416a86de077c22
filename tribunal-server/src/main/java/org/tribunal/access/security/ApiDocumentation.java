package org.tribunal.access.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the OpenAPI document (and Swagger UI's "Authorize" button) how the API authenticates: an
 * optional bearer token; without one a caller is the public.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static final String BEARER = "apiToken";

  @Bean
  OpenApiCustomizer bearerTokenScheme() {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi.getComponents().addSecuritySchemes(BEARER, new SecurityScheme()
          .type(SecurityScheme.Type.HTTP)
          .scheme("bearer")
          .description("An API token issued by an administrator (shown once). Omit it to read as the public."));
      openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
      openApi.addSecurityItem(new SecurityRequirement());
    };
  }
}

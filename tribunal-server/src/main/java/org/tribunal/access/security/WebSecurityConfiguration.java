package org.tribunal.access.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link HandlerAuthorizationInterceptor} for every Spring MVC handler. */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration implements WebMvcConfigurer {

  private final ApplicationContext context;
  private final ObjectProvider<MethodSecurityExpressionHandler> expressionHandler;

  WebSecurityConfiguration(ApplicationContext context, ObjectProvider<MethodSecurityExpressionHandler> expressionHandler) {
    this.context = context;
    this.expressionHandler = expressionHandler;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();
    manager.setExpressionHandler(expressionHandler.getIfAvailable(() -> {
      DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
      handler.setApplicationContext(context);
      return handler;
    }));
    manager.setApplicationContext(context);
    registry.addInterceptor(new HandlerAuthorizationInterceptor(manager));
  }
}

package org.oversight.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the workbench (研判工作台) at {@code /} (its files under {@code /workbench/}, by
 * absolute paths) and the bundled GraphiQL explorer at {@code /graphiql/}; the explorer's
 * assets use relative paths, so its address must end with a slash.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/graphiql", "/graphiql/");
		registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
		registry.addViewController("/").setViewName("forward:/workbench/index.html");
	}

}

package org.accord.app;

import org.accord.core.framework.FrameworkCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** bot-core's objects, built with plain constructors; bot-core knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

	/** Read and checked at start: a broken framework file stops the app with a message naming the place. */
	@Bean
	FrameworkCatalog frameworkCatalog() {
		return FrameworkCatalog.builtIn();
	}

}

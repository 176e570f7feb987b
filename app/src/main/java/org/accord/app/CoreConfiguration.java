package org.accord.app;

import java.time.Clock;

import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.out.ReceiptPort;
import org.accord.core.service.CoreServices;
import org.accord.core.service.Pseudonyms;
import org.accord.core.store.mongo.MongoStore;
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

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	Pseudonyms pseudonyms(AccordProperties properties) {
		return new Pseudonyms(KeyFiles.configuredOrCreated(properties.anonymityKey(), properties.dataDir(), "anonymity.key"));
	}

	@Bean
	CoreServices coreServices(MongoStore store, FrameworkCatalog frameworks, Pseudonyms pseudonyms, Clock clock) {
		return new CoreServices(store.partnerships(), store.members(), store.assessments(), store.responses(),
				store.participation(), frameworks, pseudonyms, clock);
	}

	@Bean
	ReceiptPort receipts(MongoStore store) {
		return store.receipts();
	}

}

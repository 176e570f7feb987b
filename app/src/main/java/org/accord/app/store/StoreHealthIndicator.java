package org.accord.app.store;

import org.accord.core.store.mongo.MongoStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health is UP only when the store answers: without it no rating can be kept. */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

	private final MongoStore store;

	StoreHealthIndicator(MongoStore store) {
		this.store = store;
	}

	@Override
	public Health health() {
		return store.answers() ? Health.up().build() : Health.down().build();
	}

}

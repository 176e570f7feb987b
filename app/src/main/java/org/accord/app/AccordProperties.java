package org.accord.app;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accord's own settings. Each comes from an environment variable named in DESIGN.md's contracts; see
 * application.yml for the mapping.
 *
 * @param dataDir where the embedded store and generated keys live ({@code ACCORD_DATA_DIR})
 * @param mongodbUri a real MongoDB; blank runs the embedded store ({@code MONGODB_URI})
 */
@ConfigurationProperties("accord")
public record AccordProperties(Path dataDir, String mongodbUri) {

	public AccordProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		mongodbUri = mongodbUri == null ? "" : mongodbUri.strip();
	}

	public boolean embeddedStore() {
		return mongodbUri.isEmpty();
	}

}

package org.accord.app;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accord's own settings. Each comes from an environment variable named in DESIGN.md's contracts; see
 * application.yml for the mapping.
 *
 * @param dataDir where the embedded store and generated keys live ({@code ACCORD_DATA_DIR})
 * @param mongodbUri a real MongoDB; blank runs the embedded store ({@code MONGODB_URI})
 * @param anonymityKey the key of response pseudonyms ({@code ACCORD_ANONYMITY_KEY}); blank: created in the data folder
 */
@ConfigurationProperties("accord")
public record AccordProperties(Path dataDir, String mongodbUri, String anonymityKey, Slack slack) {

	public AccordProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		mongodbUri = mongodbUri == null ? "" : mongodbUri.strip();
		slack = slack == null ? new Slack(null, null, null, null) : slack;
	}

	/**
	 * Slack's settings. Records print their fields, so toString is overridden: a token must never reach a log.
	 */
	public record Slack(String botToken, String signingSecret, String appToken, String apiUrl) {

		public boolean enabled() {
			return botToken != null && !botToken.isBlank() && signingSecret != null && !signingSecret.isBlank();
		}

		public boolean socketMode() {
			return appToken != null && !appToken.isBlank();
		}

		@Override
		public String toString() {
			return "Slack[enabled=" + enabled() + ", socketMode=" + socketMode() + ", apiUrl=" + apiUrl + "]";
		}

	}

	@Override
	public String toString() {
		return "AccordProperties[dataDir=" + dataDir + ", embeddedStore=" + embeddedStore() + ", " + slack + "]";
	}

	public boolean embeddedStore() {
		return mongodbUri.isEmpty();
	}

}

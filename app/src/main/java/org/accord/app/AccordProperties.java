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
 * @param encryptionKey the key of stored Slack installations ({@code ACCORD_ENCRYPTION_KEY}); blank: created in the data folder
 * @param slack Slack's settings ({@code SLACK_*})
 * @param teams Microsoft Teams' settings ({@code MICROSOFT_APP_*})
 */
@ConfigurationProperties("accord")
public record AccordProperties(Path dataDir, String mongodbUri, String anonymityKey, String encryptionKey, Slack slack,
		Teams teams) {

	public AccordProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		mongodbUri = mongodbUri == null ? "" : mongodbUri.strip();
		slack = slack == null ? new Slack(null, null, null, null, null, null, null) : slack;
		teams = teams == null ? new Teams(null, null, null) : teams;
	}

	/**
	 * Slack's settings. Records print their fields, so toString is overridden: a token must never reach a log.
	 * With a bot token Accord serves one workspace with it; without one but with a client id and secret, it
	 * serves every workspace that installs it through Slack's OAuth flow, each with its own stored token.
	 */
	public record Slack(String botToken, String signingSecret, String appToken, String apiUrl, String clientId,
			String clientSecret, String scopes) {

		public static final String DEFAULT_SCOPES = "commands,chat:write,im:history";

		public Slack {
			scopes = scopes == null || scopes.isBlank() ? DEFAULT_SCOPES : scopes.strip();
		}

		public boolean enabled() {
			return singleWorkspace() || oauth();
		}

		/** One workspace, one bot token (SLACK_BOT_TOKEN). */
		public boolean singleWorkspace() {
			return set(botToken) && set(signingSecret);
		}

		/** Installed to any number of workspaces (SLACK_CLIENT_ID without SLACK_BOT_TOKEN). */
		public boolean oauth() {
			return !set(botToken) && set(clientId) && set(clientSecret) && set(signingSecret);
		}

		private static boolean set(String value) {
			return value != null && !value.isBlank();
		}

		public boolean socketMode() {
			return appToken != null && !appToken.isBlank();
		}

		@Override
		public String toString() {
			return "Slack[enabled=" + enabled() + ", oauth=" + oauth() + ", socketMode=" + socketMode() + ", apiUrl="
					+ apiUrl + ", clientId=" + clientId + ", scopes=" + scopes + "]";
		}

	}

	/**
	 * Microsoft Teams' settings: the bot's Microsoft App ID and secret, and the tenant of a single-tenant bot.
	 * Without an app id Teams runs in local emulator mode (no authentication). The password never reaches
	 * toString.
	 */
	public record Teams(String appId, String appPassword, String tenantId) {

		public Teams {
			appId = blankToNull(appId);
			appPassword = blankToNull(appPassword);
			tenantId = blankToNull(tenantId);
		}

		/** No app id: requests to /api/messages are not authenticated (the Bot Framework Emulator's mode). */
		public boolean emulatorMode() {
			return appId == null;
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

		@Override
		public String toString() {
			return "Teams[appId=" + appId + ", appPassword=" + (appPassword == null ? "unset" : "set") + ", tenantId="
					+ tenantId + "]";
		}

	}

	@Override
	public String toString() {
		return "AccordProperties[dataDir=" + dataDir + ", embeddedStore=" + embeddedStore() + ", " + slack + ", "
				+ teams + "]";
	}

	public boolean embeddedStore() {
		return mongodbUri.isEmpty();
	}

}

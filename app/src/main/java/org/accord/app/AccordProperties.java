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
 * @param encryptionKeyPrevious the key they may still be sealed under while the key is rotated
 *        ({@code ACCORD_ENCRYPTION_KEY_PREVIOUS}); blank: none
 * @param slack Slack's settings ({@code SLACK_*})
 * @param teams Microsoft Teams' settings ({@code MICROSOFT_APP_*}, {@code ACCORD_TEAMS_EMULATOR})
 */
@ConfigurationProperties("accord")
public record AccordProperties(Path dataDir, String mongodbUri, String anonymityKey, String encryptionKey,
		String encryptionKeyPrevious, Slack slack, Teams teams) {

	public AccordProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		mongodbUri = mongodbUri == null ? "" : mongodbUri.strip();
		slack = slack == null ? new Slack(null, null, null, null, null, null, null) : slack;
		teams = teams == null ? new Teams(null, null, null, null) : teams;
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
	 * Microsoft Teams' settings: the bot's Microsoft App ID and secret, the tenant of a single-tenant bot, and
	 * whether the Bot Framework Emulator's unauthenticated mode is asked for by name. Teams is off unless one
	 * of the two is set: a Slack-only Accord must not take unauthenticated activities from anyone who finds
	 * /api/messages. The password never reaches toString.
	 */
	public record Teams(String appId, String appPassword, String tenantId, String emulator) {

		/** How /api/messages serves. */
		public enum Mode {

			/** No app id and no emulator: 404, with how to turn Teams on. */
			OFF,
			/** ACCORD_TEAMS_EMULATOR=on and no app id: no authentication, callers on this machine only. */
			EMULATOR,
			/** MICROSOFT_APP_ID: every request needs the Bot Framework's token for it. */
			ON

		}

		private static final java.util.Set<String> YES = java.util.Set.of("on", "true", "yes", "1");

		private static final java.util.Set<String> NO = java.util.Set.of("off", "false", "no", "0");

		public Teams {
			appId = blankToNull(appId);
			appPassword = blankToNull(appPassword);
			tenantId = blankToNull(tenantId);
			emulator = blankToNull(emulator);
			if (emulator != null && !YES.contains(emulator.toLowerCase(java.util.Locale.ROOT))
					&& !NO.contains(emulator.toLowerCase(java.util.Locale.ROOT))) {
				throw new StartupProblem("ACCORD_TEAMS_EMULATOR is \"" + emulator + "\".",
						"Set it to on to run Teams in local emulator mode (unauthenticated, this machine only), or leave it unset.");
			}
		}

		public Mode mode() {
			if (appId != null) {
				return Mode.ON;
			}
			return emulatorAsked() ? Mode.EMULATOR : Mode.OFF;
		}

		/** ACCORD_TEAMS_EMULATOR=on, whether or not it is in effect: an app id wins. */
		public boolean emulatorAsked() {
			return emulator != null && YES.contains(emulator.toLowerCase(java.util.Locale.ROOT));
		}

		/** Requests to /api/messages are not authenticated (the Bot Framework Emulator's mode), and only local. */
		public boolean emulatorMode() {
			return mode() == Mode.EMULATOR;
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

		@Override
		public String toString() {
			return "Teams[mode=" + mode() + ", appId=" + appId + ", appPassword=" + (appPassword == null ? "unset" : "set")
					+ ", tenantId=" + tenantId + "]";
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

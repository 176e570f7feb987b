package org.accord.app.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import org.accord.app.AccordProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Bot Framework adapter behind {@code POST /api/messages}. With MICROSOFT_APP_ID set, every request
 * needs the Bot Framework's JWT and replies are sent with a token for that app id (and
 * MICROSOFT_APP_PASSWORD, from MICROSOFT_APP_TENANT_ID's authority for a single-tenant bot). Without it,
 * Teams is off, unless ACCORD_TEAMS_EMULATOR=on asks for local emulator mode by name: no authentication,
 * callers on this machine only (see {@link TeamsMessagesController}). The start-up log says which.
 * The bot itself is a {@link com.microsoft.bot.builder.Bot} bean from elsewhere; the controller answers 503
 * until there is one.
 */
@Configuration(proxyBeanMethods = false)
class TeamsAppConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TeamsAppConfiguration.class);

	static final String EMULATOR_MODE_WARNING = "Teams is in local emulator mode (ACCORD_TEAMS_EMULATOR=on): "
			+ "POST /api/messages takes activities without authentication, from this machine only (set MICROSOFT_APP_ID"
			+ " and MICROSOFT_APP_PASSWORD to serve Microsoft Teams)";

	static final String OFF = "Teams is off: POST /api/messages answers 404 (set MICROSOFT_APP_ID and "
			+ "MICROSOFT_APP_PASSWORD to serve Microsoft Teams, or ACCORD_TEAMS_EMULATOR=on for the Bot Framework "
			+ "Emulator on this machine)";

	/**
	 * The bot's own credentials: the app id that incoming tokens must be addressed to, and what the SDK
	 * gets outgoing tokens with (lazily, from login.microsoftonline.com, at the first reply).
	 */
	@Bean
	AppCredentials teamsAppCredentials(AccordProperties properties) {
		AccordProperties.Teams teams = properties.teams();
		return new MicrosoftAppCredentials(teams.appId(), teams.appPassword(), teams.tenantId());
	}

	@Bean
	TeamsBotAdapter teamsBotAdapter(AppCredentials teamsAppCredentials, AccordProperties properties) {
		TeamsBotAdapter adapter = new TeamsBotAdapter(teamsAppCredentials);
		AccordProperties.Teams teams = properties.teams();
		if (teams.mode() == AccordProperties.Teams.Mode.OFF) {
			log.info(OFF);
		}
		else if (teams.mode() == AccordProperties.Teams.Mode.EMULATOR) {
			log.warn(EMULATOR_MODE_WARNING);
		}
		else {
			if (teams.emulatorAsked()) {
				log.warn("ACCORD_TEAMS_EMULATOR=on is ignored: MICROSOFT_APP_ID is set, so every request to /api/messages"
						+ " needs a Bot Framework token");
			}
			if (teams.appPassword() == null) {
				log.warn("MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not: Accord can check Teams' requests "
						+ "but cannot reply to them");
			}
			log.info("Teams is on: POST /api/messages takes Bot Framework tokens for app id {}",
					teamsAppCredentials.getAppId());
		}
		return adapter;
	}

}

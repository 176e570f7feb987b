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
 * local emulator mode: no authentication (see {@link TeamsMessagesController} for what that allows).
 * The bot itself is a {@link com.microsoft.bot.builder.Bot} bean from elsewhere; the controller answers 503
 * until there is one.
 */
@Configuration(proxyBeanMethods = false)
class TeamsAppConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TeamsAppConfiguration.class);

	static final String EMULATOR_MODE_WARNING = "Teams is in local emulator mode: requests to /api/messages are not "
			+ "authenticated (set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD to turn it on)";

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
		if (adapter.emulatorMode()) {
			log.warn(EMULATOR_MODE_WARNING);
		}
		else {
			if (properties.teams().appPassword() == null) {
				log.warn("MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not: Accord can check Teams' requests "
						+ "but cannot reply to them");
			}
			log.info("Teams is on: POST /api/messages takes Bot Framework tokens for app id {}",
					teamsAppCredentials.getAppId());
		}
		return adapter;
	}

}

package org.accord.app.teams;

import com.microsoft.bot.builder.BotAdapter;
import org.accord.core.service.CoreServices;
import org.accord.core.store.mongo.MongoStore;
import org.accord.teams.AccordTeamsBot;
import org.accord.teams.AdaptiveCardRenderer;
import org.accord.teams.TeamsAddresses;
import org.accord.teams.TeamsDeliverer;
import org.accord.teams.TeamsNudgeDelivery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Accord's Teams bot and its deliveries, on bot-core's use cases, as the Slack side is. */
@Configuration(proxyBeanMethods = false)
class TeamsBotConfiguration {

	@Bean
	TeamsAddresses teamsAddresses(MongoStore store) {
		return new TeamsAddresses(store.addresses());
	}

	@Bean
	TeamsDeliverer teamsDeliverer(TeamsAddresses addresses, ObjectProvider<BotAdapter> adapter, CoreServices core,
			@Value("${accord.teams.app-id:}") String appId) {
		return new TeamsDeliverer(new AdaptiveCardRenderer(), addresses, adapter::getObject, appId, core.delivery());
	}

	@Bean
	AccordTeamsBot accordTeamsBot(CoreServices core, TeamsAddresses addresses, TeamsDeliverer deliverer) {
		return new AccordTeamsBot(core.commands(), core.promptActions(), core.forms(), addresses, deliverer);
	}

	@Bean
	TeamsNudgeDelivery teamsNudgeDelivery(TeamsDeliverer deliverer) {
		return new TeamsNudgeDelivery(deliverer);
	}

}

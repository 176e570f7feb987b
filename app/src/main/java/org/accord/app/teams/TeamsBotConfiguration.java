package org.accord.app.teams;

import java.time.Clock;

import com.microsoft.bot.builder.BotAdapter;
import com.mongodb.client.MongoDatabase;
import org.accord.core.port.in.MessageSlots;
import org.accord.core.service.CoreServices;
import org.accord.core.service.Sealer;
import org.accord.core.store.mongo.MongoStore;
import org.accord.teams.AccordTeamsBot;
import org.accord.teams.AdaptiveCardRenderer;
import org.accord.teams.TeamsAddresses;
import org.accord.teams.PendingFiles;
import org.accord.teams.TeamsDeliverer;
import org.accord.teams.TeamsFileConsent;
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

	/** Sealed with the installations' key, which is made (or read) only when the first file is offered. */
	@Bean
	PendingFiles teamsPendingFiles(MongoDatabase database, ObjectProvider<Sealer> sealer, Clock clock) {
		return new MongoPendingFiles(database, sealer::getObject, clock);
	}

	@Bean
	TeamsFileConsent teamsFileConsent(PendingFiles files) {
		return new TeamsFileConsent(files);
	}

	@Bean
	TeamsDeliverer teamsDeliverer(TeamsAddresses addresses, ObjectProvider<BotAdapter> adapter, CoreServices core,
			@Value("${accord.teams.app-id:}") String appId, TeamsFileConsent files, MessageSlots slots) {
		return new TeamsDeliverer(new AdaptiveCardRenderer(), addresses, adapter::getObject, appId, core.delivery(), files, slots);
	}

	@Bean
	AccordTeamsBot accordTeamsBot(CoreServices core, TeamsAddresses addresses, TeamsDeliverer deliverer,
			TeamsFileConsent files) {
		return new AccordTeamsBot(core.commands(), core.promptActions(), core.forms(), addresses, deliverer, files);
	}

	@Bean
	TeamsNudgeDelivery teamsNudgeDelivery(TeamsDeliverer deliverer) {
		return new TeamsNudgeDelivery(deliverer);
	}

}

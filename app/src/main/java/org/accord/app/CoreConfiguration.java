package org.accord.app;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.port.in.MessageSlots;
import org.accord.core.port.out.ReceiptPort;
import org.accord.core.service.CoreServices;
import org.accord.core.service.AnonymityKey;
import org.accord.core.service.MessageSlotService;
import org.accord.core.service.Sealer;
import org.accord.core.store.mongo.MongoStore;
import org.accord.slack.SlackAccord;
import org.accord.slack.SlackNudgeDelivery;
import org.accord.core.port.out.DeliveryPort;
import org.accord.teams.TeamsAddresses;
import org.accord.teams.TeamsNudgeDelivery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** bot-core's objects, built with plain constructors; bot-core knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CoreConfiguration.class);

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
	AnonymityKey anonymityKey(AccordProperties properties) {
		return new AnonymityKey(KeyFiles.configuredOrCreated(properties.anonymityKey(), properties.dataDir(), "anonymity.key"));
	}

	/**
	 * The key of stored installations (ACCORD_ENCRYPTION_KEY, else a key file in the data folder), and the one
	 * they may still be sealed under while it is rotated (ACCORD_ENCRYPTION_KEY_PREVIOUS). Lazy: only a
	 * multi-workspace Slack asks for it, and only then is the file created.
	 */
	@Bean
	@Lazy
	Sealer sealer(AccordProperties properties) {
		return KeyFiles.sealer(properties.encryptionKey(), properties.encryptionKeyPrevious(), properties.dataDir());
	}

	@Bean
	CoreServices coreServices(MongoStore store, FrameworkCatalog frameworks, AnonymityKey anonymityKey, Clock clock,
			ObjectProvider<SlackNudgeDelivery> slack, ObjectProvider<TeamsNudgeDelivery> teams,
			@org.springframework.beans.factory.annotation.Value("${accord.public-url:}") String publicUrl,
			org.springframework.core.env.Environment environment) {
		// Each platform's delivery is looked up when something goes, not now: it is built from these services.
		Map<String, DeliveryPort> platforms = new LinkedHashMap<>();
		platforms.put(SlackAccord.PLATFORM, lazily(slack::getIfAvailable));
		platforms.put(TeamsAddresses.PLATFORM, lazily(teams::getIfAvailable));
		CoreServices core = new CoreServices(new CoreServices.Ports(store.partnerships(), store.members(), store.assessments(),
				store.responses(), store.participation(), store.actions(), store.nudges(), store.checklists(),
				store.invitations(), store.regions(), new PlatformDelivery(platforms), store.unsealed(), store.meetingLinks()),
				frameworks, anonymityKey, clock, () -> publicUrl.isBlank()
						? "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "3978"))
						: publicUrl.strip());
		// Before any request: what an earlier Accord kept in the clear is sealed now, and nothing of it is lost.
		int[] sealed = core.sealEarlierResponses();
		if (sealed[0] + sealed[1] > 0) {
			log.info("Sealed {} responses and {} places stored in the clear by an earlier Accord", sealed[0], sealed[1]);
		}
		return core;
	}

	private static DeliveryPort lazily(java.util.function.Supplier<? extends DeliveryPort> platform) {
		return new DeliveryPort() {

			@Override
			public boolean deliver(org.accord.core.card.Outcome outcome) {
				DeliveryPort port = platform.get();
				return port != null && port.deliver(outcome);
			}

			@Override
			public java.util.concurrent.CompletionStage<Boolean> deliverPaced(org.accord.core.card.Outcome outcome,
					java.time.Duration within) {
				DeliveryPort port = platform.get();
				return port == null ? java.util.concurrent.CompletableFuture.completedFuture(false) : port.deliverPaced(outcome, within);
			}

			@Override
			public boolean canReach(org.accord.core.domain.PlatformUser user) {
				DeliveryPort port = platform.get();
				return port != null && port.canReach(user);
			}

		};
	}

	/** The meeting page's use case, for its web adapter. */
	@Bean
	org.accord.core.port.in.MeetingPage meetingPage(CoreServices core) {
		return core.meeting();
	}

	/** Which message holds each member's live prompt, on every platform. */
	@Bean
	MessageSlots messageSlots(MongoStore store, AnonymityKey anonymityKey) {
		return new MessageSlotService(store.messageSlots(), anonymityKey);
	}

	@Bean
	ReceiptPort receipts(MongoStore store) {
		return store.receipts();
	}

}

package org.accord.app.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import org.accord.app.AccordProperties;
import org.accord.core.port.out.ReceiptPort;
import org.accord.core.service.CoreServices;
import org.accord.slack.BlockKitCardRenderer;
import org.accord.slack.SlackAccord;
import org.accord.slack.SlackDeliverer;
import org.accord.slack.SlackNudgeDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Bolt app, on when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set (DESIGN.md). Over HTTP the
 * controller at /slack/events hands requests to it; with SLACK_APP_TOKEN it runs over Socket Mode too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${accord.slack.bot-token:}'.isBlank() and !'${accord.slack.signing-secret:}'.isBlank()")
class SlackAppConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SlackAppConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	ExecutorService slackDeliveries() {
		AtomicInteger n = new AtomicInteger();
		return new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
			Thread t = new Thread(r, "slack-delivery-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	@Bean
	BlockKitCardRenderer blockKitCardRenderer() {
		return new BlockKitCardRenderer();
	}

	@Bean
	SlackDeliverer slackDeliverer(BlockKitCardRenderer renderer, ExecutorService slackDeliveries, CoreServices core) {
		return new SlackDeliverer(renderer, slackDeliveries, core.delivery());
	}

	/** Nudges go with the bot token, straight to the Web API. */
	@Bean
	SlackNudgeDelivery slackNudgeDelivery(App slackApp, AccordProperties properties, SlackDeliverer deliverer) {
		return new SlackNudgeDelivery(slackApp.slack().methods(properties.slack().botToken()), deliverer);
	}

	@Bean
	App slackApp(AccordProperties properties, CoreServices core, ReceiptPort receipts, BlockKitCardRenderer renderer,
			SlackDeliverer deliverer) {
		AccordProperties.Slack slack = properties.slack();
		SlackConfig slackConfig = new SlackConfig();
		if (slack.apiUrl() != null && !slack.apiUrl().isBlank()) {
			String prefix = slack.apiUrl().endsWith("/") ? slack.apiUrl() : slack.apiUrl() + "/";
			slackConfig.setMethodsEndpointUrlPrefix(prefix);
			log.info("Slack Web API at {}", prefix);
		}
		App app = new App(AppConfig.builder()
			.singleTeamBotToken(slack.botToken())
			.signingSecret(slack.signingSecret())
			.slack(Slack.getInstance(slackConfig))
			// Bolt checks the token with auth.test; once in ten minutes is enough to notice a revoked one.
			.authTestCacheExpirationMillis(600_000L)
			.build());
		new SlackAccord(core.commands(), core.promptActions(), core.forms(), core.home(), receipts, renderer, deliverer)
			.register(app);
		log.info("Slack is on: POST /slack/events{}", slack.socketMode() ? " and Socket Mode" : "");
		return app;
	}

	@Bean(destroyMethod = "close")
	SlackSocketMode slackSocketMode(AccordProperties properties, App slackApp) throws Exception {
		if (!properties.slack().socketMode()) {
			return new SlackSocketMode(null);
		}
		SocketModeApp socketMode = new SocketModeApp(properties.slack().appToken(), slackApp);
		socketMode.startAsync();
		return new SlackSocketMode(socketMode);
	}

	/** Holds the Socket Mode connection, if any, so that it closes with the application. */
	record SlackSocketMode(SocketModeApp app) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			if (app != null) {
				app.close();
			}
		}

	}

}

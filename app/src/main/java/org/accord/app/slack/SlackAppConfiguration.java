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
import java.time.Clock;

import org.accord.app.AccordProperties;
import org.accord.core.port.in.MessageSlots;
import org.accord.core.service.Sealer;
import org.accord.core.store.mongo.MongoStore;
import org.accord.slack.MongoInstallationService;
import org.accord.slack.MongoOAuthStateService;
import org.springframework.beans.factory.ObjectProvider;
import org.accord.core.port.out.ReceiptPort;
import org.accord.core.service.CoreServices;
import org.accord.slack.BlockKitCardRenderer;
import org.accord.slack.SlackAccord;
import org.accord.slack.SlackClients;
import org.accord.slack.SlackDeliverer;
import org.accord.slack.SlackNudgeDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Bolt app, on when SLACK_SIGNING_SECRET is set with SLACK_BOT_TOKEN (one workspace, DESIGN.md), or with
 * SLACK_CLIENT_ID and SLACK_CLIENT_SECRET and no bot token (installed to many workspaces through Slack's OAuth
 * flow, each served with its own stored token). Over HTTP the controller at /slack/events hands requests to
 * it; with SLACK_APP_TOKEN it runs over Socket Mode too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${accord.slack.signing-secret:}'.isBlank() and (!'${accord.slack.bot-token:}'.isBlank()"
		+ " or (!'${accord.slack.client-id:}'.isBlank() and !'${accord.slack.client-secret:}'.isBlank()))")
class SlackAppConfiguration {

	static final String OAUTH = "!'${accord.slack.signing-secret:}'.isBlank() and '${accord.slack.bot-token:}'.isBlank()"
			+ " and !'${accord.slack.client-id:}'.isBlank() and !'${accord.slack.client-secret:}'.isBlank()";

	private static final Logger log = LoggerFactory.getLogger(SlackAppConfiguration.class);

	/**
	 * What is shown after an acknowledgement goes through Slack's SDK, whose form encoding and response parsing cost
	 * more processor time than the acknowledgement itself. Half the processors at most: under a burst the
	 * acknowledgements, which Slack times, keep the rest, and the messages catch up after it.
	 */
	static final int DELIVERY_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

	@Bean(destroyMethod = "shutdown")
	ExecutorService slackDeliveries() {
		AtomicInteger n = new AtomicInteger();
		return new ThreadPoolExecutor(DELIVERY_THREADS, DELIVERY_THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
			Thread t = new Thread(r, "slack-delivery-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	@Bean
	SlackStoreOutage slackStoreOutage(ExecutorService slackDeliveries) {
		return new SlackStoreOutage(slackDeliveries);
	}

	@Bean
	BlockKitCardRenderer blockKitCardRenderer() {
		return new BlockKitCardRenderer();
	}

	@Bean
	SlackDeliverer slackDeliverer(BlockKitCardRenderer renderer, ExecutorService slackDeliveries, CoreServices core,
			MessageSlots slots) {
		return new SlackDeliverer(renderer, slackDeliveries, core.delivery(), slots);
	}

	/**
	 * Nudges go straight to the Web API: with the bot token, or, installed to many workspaces, with the token
	 * of the workspace of the person nudged.
	 */
	@Bean
	SlackNudgeDelivery slackNudgeDelivery(SlackClients clients, AccordProperties properties, SlackDeliverer deliverer,
			ObjectProvider<MongoInstallationService> installations) {
		if (!properties.slack().oauth()) {
			return new SlackNudgeDelivery(clients.forToken(properties.slack().botToken(), null), deliverer);
		}
		MongoInstallationService stored = installations.getObject();
		return new SlackNudgeDelivery(team -> {
			String token = stored.botToken(team);
			return token == null ? null : clients.forToken(token, team);
		}, deliverer);
	}

	@Bean
	SlackClients slackClients(App slackApp) {
		return new SlackClients(slackApp.slack());
	}

	/** Installations (sealed with the encryption key) and install states, in the store. */
	@Bean
	@ConditionalOnExpression(OAUTH)
	MongoInstallationService slackInstallations(MongoStore store, Sealer sealer) {
		return new MongoInstallationService(store.installations(), sealer);
	}

	@Bean
	App slackApp(AccordProperties properties, CoreServices core, ReceiptPort receipts, BlockKitCardRenderer renderer,
			SlackDeliverer deliverer, ObjectProvider<MongoInstallationService> installations, MongoStore store,
			Clock clock) {
		AccordProperties.Slack slack = properties.slack();
		SlackConfig slackConfig = new SlackConfig();
		if (slack.apiUrl() != null && !slack.apiUrl().isBlank()) {
			String prefix = slack.apiUrl().endsWith("/") ? slack.apiUrl() : slack.apiUrl() + "/";
			slackConfig.setMethodsEndpointUrlPrefix(prefix);
			log.info("Slack Web API at {}", prefix);
		}
		App app;
		if (slack.oauth()) {
			app = new App(AppConfig.builder()
				.clientId(slack.clientId())
				.clientSecret(slack.clientSecret())
				.scope(slack.scopes())
				.signingSecret(slack.signingSecret())
				// SlackEventsController checks every signature, on Accord's clock, before Bolt sees the request.
				.requestVerificationEnabled(false)
				.appPath("/slack/")
				.oauthInstallPath("install")
				.oauthRedirectUriPath("oauth_redirect")
				// The token exchange (oauth.v2.access) goes where every other Web API call goes.
				.slack(Slack.getInstance(slackConfig))
				.authTestCacheExpirationMillis(600_000L)
				.build());
			app.asOAuthApp(true);
			app.service(installations.getObject());
			app.service(new MongoOAuthStateService(store.installations(), clock));
			// Bolt's own handler logs the redirect's code; this one refuses with Bolt's page and logs no secret.
			AppConfig config = app.config();
			app.oauthCallbackStateError((request, response) -> {
				log.info("Refused a Slack install redirect: its state is unknown, used or expired, or not this browser's");
				response.setStatusCode(400);
				response.setContentType("text/html; charset=utf-8");
				response.setBody(config.getOAuthRedirectUriPageRenderer()
					.renderFailurePage(config.getOauthInstallRequestURI(), "invalid_state"));
				return response;
			});
			// app_uninstalled and tokens_revoked remove the workspace's stored installation.
			app.enableTokenRevocationHandlers();
		}
		else {
			app = new App(AppConfig.builder()
				.singleTeamBotToken(slack.botToken())
				.signingSecret(slack.signingSecret())
				// SlackEventsController checks every signature, on Accord's clock, before Bolt sees the request.
				.requestVerificationEnabled(false)
				.slack(Slack.getInstance(slackConfig))
				// Bolt checks the token with auth.test; once in ten minutes is enough to notice a revoked one.
				.authTestCacheExpirationMillis(600_000L)
				.build());
		}
		new SlackAccord(core.commands(), core.promptActions(), core.forms(), core.home(), receipts, renderer, deliverer,
				new SlackClients(app.slack())).register(app);
		log.info("Slack is on: POST /slack/events{}{}", slack.oauth() ? ", GET /slack/install and /slack/oauth_redirect" : "",
				slack.socketMode() ? " and Socket Mode" : "");
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

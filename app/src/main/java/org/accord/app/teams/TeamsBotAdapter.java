package org.accord.app.teams;

import java.util.IllformedLocaleException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import org.accord.app.store.StoreFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bot Framework adapter Accord runs Teams through: the SDK's {@link BotFrameworkAdapter} with the
 * bot's own {@link AppCredentials} (the same app id checks incoming tokens and signs outgoing calls), plus
 * two things the HTTP endpoint needs.
 * <ul>
 * <li>{@link #authenticate} is the adapter's own authentication step on its own, so that the endpoint can
 * tell "not authenticated" (401) from "the bot failed" and then run the turn with
 * {@link #processActivity(ClaimsIdentity, Activity, BotCallbackHandler)}.</li>
 * <li>The SDK's {@code BotAdapter.runPipeline} calls {@code Locale.setDefault(activity's locale)}: one
 * Teams user writing in Turkish or German would change the whole JVM's default locale, for Slack and
 * for every library that formats or lower-cases without naming a locale. Here the locale only reaches the
 * turn ({@link TurnContext#getLocale()} and the activity the bot sees), never the JVM.</li>
 * <li>A turn the store did not answer tells the person so instead of failing with a 500.</li>
 * </ul>
 */
class TeamsBotAdapter extends BotFrameworkAdapter {

	private static final Logger log = LoggerFactory.getLogger(TeamsBotAdapter.class);

	private static final String ACTIVITY_LOCALE = TeamsBotAdapter.class.getName() + ".activityLocale";

	private final CredentialProvider credentialProvider;

	private final AuthenticationConfiguration authConfiguration;

	TeamsBotAdapter(AppCredentials credentials) {
		this(credentials, new AuthenticationConfiguration());
	}

	private TeamsBotAdapter(AppCredentials credentials, AuthenticationConfiguration authConfiguration) {
		// No channel provider: the public Azure cloud. No retry strategy, no extra middleware.
		super(credentials, authConfiguration, null, null, null);
		// The same provider the superclass builds from these credentials: app id only; a blank one turns
		// authentication off (the emulator's mode).
		this.credentialProvider = new SimpleCredentialProvider(credentials.getAppId(), null);
		this.authConfiguration = authConfiguration;
		// Gives the bot back the activity's locale that runPipeline below kept away from the JVM.
		use((turnContext, next) -> {
			String locale = turnContext.getTurnState().get(ACTIVITY_LOCALE);
			if (locale != null) {
				turnContext.getActivity().setLocale(locale);
			}
			return next.next();
		});
	}

	/** No app id: requests are accepted without a token. */
	boolean emulatorMode() {
		return credentialProvider.isAuthenticationDisabled().join();
	}

	/**
	 * The authentication step of {@link #processActivity(String, Activity, BotCallbackHandler)}: checks the
	 * Authorization header (JWT from the Bot Framework: signature by a key from the OpenID metadata, issuer,
	 * audience = app id, lifetime, endorsement of the channel, serviceUrl claim = the activity's) or, in
	 * emulator mode, accepts its absence. Any failure, thrown or in the future, comes back as a failed future.
	 */
	CompletableFuture<ClaimsIdentity> authenticate(String authHeader, Activity activity) {
		try {
			return JwtTokenValidation.authenticateRequest(activity, authHeader, credentialProvider, null,
					authConfiguration);
		}
		catch (RuntimeException e) {
			// The SDK decodes some tokens before it makes a future (SkillValidation.isSkillToken): a malformed
			// token throws right here.
			return CompletableFuture.failedFuture(e);
		}
	}

	@Override
	protected CompletableFuture<Void> runPipeline(TurnContext context, BotCallbackHandler callback) {
		Activity activity = context == null ? null : context.getActivity();
		String locale = activity == null ? null : activity.getLocale();
		if (locale != null && !locale.isEmpty()) {
			activity.setLocale(null);
			context.getTurnState().add(ACTIVITY_LOCALE, locale);
			try {
				context.setLocale(locale);
			}
			catch (IllformedLocaleException e) {
				// Not a language tag: the turn has no locale rather than failing.
			}
		}
		return whenTheStoreAnswers(context, callback);
	}

	/**
	 * The turn, and if the store did not answer, the person told so in the turn itself: an invoke (a card's
	 * button) gets it as its answer, a message as a reply. Accord's fault, logged at ERROR in one line; the
	 * turn failed before anything was acknowledged, so nothing is said to be kept. Any other failure fails
	 * the turn as before. The bot may throw before it returns a future: that is caught too.
	 */
	private CompletableFuture<Void> whenTheStoreAnswers(TurnContext context, BotCallbackHandler callback) {
		CompletableFuture<Void> turn;
		try {
			turn = super.runPipeline(context, callback);
		}
		catch (RuntimeException e) {
			turn = CompletableFuture.failedFuture(e);
		}
		return turn.handle((done, failure) -> failure).thenCompose(failure -> {
			if (failure == null) {
				return CompletableFuture.completedFuture(null);
			}
			Optional<RuntimeException> storeDown = StoreFailures.unavailable(failure);
			if (storeDown.isEmpty()) {
				return CompletableFuture.failedFuture(failure);
			}
			return tellStoreDown(context, storeDown.get());
		});
	}

	private static CompletableFuture<Void> tellStoreDown(TurnContext context, RuntimeException failure) {
		Activity activity = context.getActivity();
		String type = activity == null ? null : activity.getType();
		log.error("The store did not answer: a Teams {} activity was not carried out{} ({})", type,
				ActivityTypes.INVOKE.equals(type) || ActivityTypes.MESSAGE.equals(type) ? "; its sender is told so" : "",
				StoreFailures.reason(failure));
		Activity answer;
		if (ActivityTypes.INVOKE.equals(type)) {
			answer = new Activity(ActivityTypes.INVOKE_RESPONSE);
			answer.setValue(new InvokeResponse(200, Map.of("statusCode", 200, "type",
					"application/vnd.microsoft.activity.message", "value", StoreFailures.TRY_AGAIN)));
		}
		else if (ActivityTypes.MESSAGE.equals(type)) {
			answer = MessageFactory.text(StoreFailures.TRY_AGAIN);
		}
		else {
			return CompletableFuture.completedFuture(null);
		}
		try {
			return context.sendActivity(answer).handle((sent, notSent) -> {
				if (notSent != null) {
					log.warn("Could not tell a Teams user that the store did not answer: {}", notSent.toString());
				}
				return null;
			});
		}
		catch (RuntimeException notSent) {
			log.warn("Could not tell a Teams user that the store did not answer: {}", notSent.toString());
			return CompletableFuture.completedFuture(null);
		}
	}

}

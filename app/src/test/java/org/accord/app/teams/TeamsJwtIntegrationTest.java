package org.accord.app.teams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/messages} with an app id: only a Bot Framework token passes. The SDK's channel OpenID
 * metadata URL ({@code ChannelValidation.setOpenIdMetaDataUrl}) points at the fake connector, which
 * publishes the key it signs test tokens with, so the SDK's own validation runs end to end (metadata,
 * JWKS, kid, RS256 signature, endorsement, issuer, audience, lifetime, serviceurl claim).
 * <p>
 * Replies need an outgoing token, which the SDK would fetch from login.microsoftonline.com: here the
 * adapter's credentials are replaced (the app id still comes from Accord's own credentials bean) by ones
 * that hand out a fixed token, so no network is touched and the fake can check the token arrives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TeamsTestBot.class)
class TeamsJwtIntegrationTest {

	static final String APP_ID = "c9e8c047-2a74-40a2-b28a-b162d5f5327c";

	static final String TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";

	static final String OUTGOING_TOKEN = "outgoing-token-from-the-test-credentials";

	static final Duration WAIT = Duration.ofSeconds(10);

	static final ObjectMapper JSON = new ObjectMapper();

	/** Made at class load: the refused cases below are built from it before any test instance exists. */
	static final FakeBotConnector connector = start();

	static final PrivateKey otherKey = otherKey();

	static String channelMetadataUrl;

	static FakeBotConnector start() {
		try {
			return new FakeBotConnector();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static PrivateKey otherKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair().getPrivate();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TeamsRequests.embeddedStore(registry);
		registry.add("accord.teams.app-id", () -> APP_ID);
		registry.add("accord.teams.app-password", () -> "not-a-real-secret");
		registry.add("accord.teams.tenant-id", () -> TENANT_ID);
		// Asked for as well, and ignored: with an app id nothing passes without a token (the refused cases below).
		registry.add("accord.teams.emulator", () -> "on");
	}

	@BeforeAll
	static void pointTheSdkAtTheFake() {
		// A static of the SDK: restored after the class so that no other test sees the fake.
		channelMetadataUrl = ChannelValidation.getOpenIdMetaDataUrl();
		ChannelValidation.setOpenIdMetaDataUrl(connector.openIdMetadataUrl());
	}

	@AfterAll
	static void restore() {
		ChannelValidation.setOpenIdMetaDataUrl(channelMetadataUrl);
		connector.close();
	}

	/** The bot's outgoing calls get a fixed token instead of one from Microsoft Entra ID. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OutgoingToken {

		@Bean
		@Primary
		FixedTokenCredentials fixedTokenCredentials(@Qualifier("teamsAppCredentials") AppCredentials accords) {
			return new FixedTokenCredentials(accords.getAppId());
		}

	}

	static final class FixedTokenCredentials extends AppCredentials {

		final AtomicInteger handedOut = new AtomicInteger();

		FixedTokenCredentials(String appId) {
			super(null);
			setAppId(appId);
		}

		@Override
		public CompletableFuture<String> getToken() {
			handedOut.incrementAndGet();
			return CompletableFuture.completedFuture(OUTGOING_TOKEN);
		}

		@Override
		protected Authenticator buildAuthenticator() {
			throw new UnsupportedOperationException("a test must not ask Microsoft Entra ID for a token");
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	TeamsTestBot bot;

	@Autowired
	@Qualifier("teamsAppCredentials")
	AppCredentials accordsCredentials;

	@Autowired
	FixedTokenCredentials fixedToken;

	TeamsRequests requests;

	@BeforeEach
	void setUp() {
		requests = new TeamsRequests(port);
		connector.clear();
		bot.clear();
	}

	static Map<String, Object> validClaims() {
		long now = Instant.now().getEpochSecond();
		Map<String, Object> claims = new HashMap<>();
		claims.put("iss", FakeBotConnector.ISSUER);
		claims.put("aud", APP_ID);
		// The SDK reads the claim as "serviceurl" (AuthenticationConstants.SERVICE_URL_CLAIM), as Azure sends it.
		claims.put("serviceurl", connector.serviceUrl());
		claims.put("nbf", now - 60);
		claims.put("iat", now - 60);
		claims.put("exp", now + 3600);
		return claims;
	}

	static Map<String, Object> claims(Function<Map<String, Object>, Object> change) {
		Map<String, Object> claims = validClaims();
		change.apply(claims);
		return claims;
	}

	static ObjectNode message() {
		return TeamsRequests.fixture("message_activity", connector.serviceUrl());
	}

	@Test
	void accordsCredentials_carryTheAppIdAndTheTenantForOutgoingTokens() {
		assertThat(accordsCredentials).isInstanceOf(MicrosoftAppCredentials.class);
		assertThat(accordsCredentials.getAppId()).isEqualTo(APP_ID);
		assertThat(((MicrosoftAppCredentials) accordsCredentials).getAppPassword()).isEqualTo("not-a-real-secret");
		assertThat(accordsCredentials.oAuthEndpoint()).isEqualTo("https://login.microsoftonline.com/" + TENANT_ID);
	}

	@Test
	void givenAValidToken_thenTheBotRunsAndItsReplyCarriesTheBotsToken() {
		HttpResponse<String> response = requests.post(message(), "Bearer " + connector.token(validClaims()));

		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(bot.turns()).singleElement().satisfies(turn -> {
			assertThat(turn.activity().getText()).isEqualTo("Hello Teams TestBot.Sending bold-italic rich text");
			// The SDK marks an activity that came through public Azure's channel authentication.
			assertThat(turn.activity().getCallerId()).isEqualTo("urn:botframework:azure");
		});
		FakeBotConnector.Call reply = connector.await(FakeBotConnector.Call::sends, WAIT);
		assertThat(reply.text()).isEqualTo("You said: Hello Teams TestBot.Sending bold-italic rich text");
		assertThat(reply.activityId()).isEqualTo("1485983408511");
		assertThat(reply.authorization()).isEqualTo("Bearer " + OUTGOING_TOKEN);
		assertThat(connector.keyFetches()).as("the keys came from the fake's JWKS").isPositive();
	}

	@Test
	void givenAValidTokenOnAnInvoke_thenTheInvokeResponseIsTheAnswer() throws IOException {
		ObjectNode invoke = TeamsRequests.fixture("invoke_adaptive_card_action", connector.serviceUrl());

		HttpResponse<String> response = requests.post(invoke, "Bearer " + connector.token(validClaims()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).path("value").asText()).isEqualTo("Thanks, Rido");
		assertThat(bot.turns()).hasSize(1);
	}

	/** Azure Bot Service signs Web Chat's activities too, with a key endorsed for it: Accord serves Teams only. */
	@Test
	void givenAValidTokenFromAnotherChannel_then400InPlainWordsAndTheBotIsNotCalled() {
		ObjectNode webChat = message();
		webChat.put("channelId", "webchat");

		HttpResponse<String> response = requests.post(webChat, "Bearer " + connector.token(validClaims()));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("Accord answers Microsoft Teams only (channelId msteams).");
		assertThat(bot.turns()).isEmpty();
		assertThat(connector.calls()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void givenNoValidToken_then401AndTheBotIsNotCalled(Request request) {
		HttpResponse<String> response = requests.post(request.activity(), request.authorization());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).isEqualTo("Unauthorized.");
		assertThat(bot.turns()).isEmpty();
		assertThat(connector.calls()).isEmpty();
	}

	record Request(String authorization, ObjectNode activity) {
	}

	static Stream<Named<Request>> refused() {
		long now = Instant.now().getEpochSecond();
		String wellSigned = connector.token(validClaims());
		ObjectNode slack = message();
		slack.put("channelId", "slack");
		return Stream.of(
				Named.of("no Authorization header", new Request(null, message())),
				Named.of("empty Authorization header", new Request("", message())),
				Named.of("malformed token (two parts)", new Request("Bearer abc.def", message())),
				Named.of("malformed token (three parts, not base64 JSON)", new Request("Bearer a.b.c", message())),
				Named.of("just the word Bearer", new Request("Bearer", message())),
				Named.of("a valid token under another scheme", new Request("Basic " + wellSigned, message())),
				Named.of("a valid token, no scheme", new Request(wellSigned, message())),
				Named.of("expired (beyond the 5 min clock skew)", new Request("Bearer " + connector.token(claims(c -> {
					c.put("nbf", now - 7200);
					c.put("iat", now - 7200);
					return c.put("exp", now - 600);
				})), message())),
				Named.of("not valid yet", new Request("Bearer " + connector.token(claims(c -> c.put("nbf", now + 600))),
						message())),
				Named.of("wrong audience", new Request("Bearer " + connector.token(claims(c -> c.put("aud",
						"another-bots-app-id"))), message())),
				Named.of("no audience", new Request("Bearer " + connector.token(claims(c -> c.remove("aud"))), message())),
				Named.of("wrong issuer", new Request("Bearer " + connector.token(claims(c -> c.put("iss",
						"https://api.botframework.example"))), message())),
				Named.of("signed by another key under the published kid", new Request("Bearer "
						+ FakeBotConnector.sign(otherKey, FakeBotConnector.KEY_ID, validClaims()), message())),
				Named.of("signed by another key under an unknown kid", new Request("Bearer "
						+ FakeBotConnector.sign(otherKey, "unknown-kid", validClaims()), message())),
				Named.of("unsigned (alg none)", new Request("Bearer " + unsigned(validClaims()), message())),
				Named.of("signature of another token", new Request("Bearer " + wellSigned.substring(0,
						wellSigned.lastIndexOf('.')) + signatureOf(connector.token(claims(c -> c.put("aud", "x")))),
						message())),
				Named.of("serviceurl claim of another service", new Request("Bearer " + connector.token(claims(
						c -> c.put("serviceurl", "https://smba.trafficmanager.net/amer/"))), message())),
				Named.of("no serviceurl claim", new Request("Bearer " + connector.token(claims(c -> c.remove("serviceurl"))),
						message())),
				Named.of("a channel the key is not endorsed for", new Request("Bearer " + wellSigned, slack)));
	}

	static String unsigned(Map<String, Object> claims) {
		Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
		try {
			return base64url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
					+ base64url.encodeToString(JSON.writeValueAsBytes(claims)) + ".";
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String signatureOf(String token) {
		return token.substring(token.lastIndexOf('.'));
	}

}

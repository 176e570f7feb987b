package org.accord.app.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServletRequest;
import org.accord.app.store.StoreFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /slack/events}: events, slash commands and interactivity. Before Bolt reads a byte:
 * <ul>
 * <li>the body is at most {@link #MAX_BODY_BYTES} (Bolt reads any body whole, so one 50 MB POST could run a
 * small heap out of memory, and a flood of them starve real clicks);</li>
 * <li>the timestamp is within five minutes of Accord's clock, either way (Bolt bounds only the past, by the
 * wall clock, so a request signed for years ahead could be replayed for years);</li>
 * <li>the signature is Slack's, over the exact bytes received, compared in constant time (Bolt compares
 * strings). Bolt's own check is off (SlackAppConfiguration): with Accord's clock in a test, or a clock
 * set apart from the wall clock, the two would disagree.</li>
 * </ul>
 * Then the raw body goes to Bolt untouched.
 * Installed to many workspaces, {@code GET /slack/install} and {@code GET /slack/oauth_redirect} carry
 * Slack's OAuth install flow, also through Bolt (its state check, its token exchange, its pages).
 */
@RestController
class SlackEventsController {

	private static final Logger log = LoggerFactory.getLogger(SlackEventsController.class);

	/** Slack's own payloads are far smaller (a big modal's block_actions is about 70 KB); as Teams' limit. */
	static final int MAX_BODY_BYTES = 1 << 20;

	/** Slack's rule: a request more than five minutes from now, either way, is refused. */
	static final long TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

	static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";

	static final String SIGNATURE_HEADER = "X-Slack-Signature";

	private final ObjectProvider<App> app;

	private final Clock clock;

	private final ObjectProvider<SlackStoreOutage> outage;

	SlackEventsController(ObjectProvider<App> app, Clock clock, ObjectProvider<SlackStoreOutage> outage) {
		this.app = app;
		this.clock = clock;
		this.outage = outage;
		if (app.getIfAvailable() == null) {
			log.info("Slack is off: set SLACK_SIGNING_SECRET with SLACK_BOT_TOKEN (one workspace) or with SLACK_CLIENT_ID"
					+ " and SLACK_CLIENT_SECRET (installed to many) to turn it on");
		}
	}

	@PostMapping(path = "/slack/events")
	ResponseEntity<String> events(HttpServletRequest servletRequest) {
		App slack = app.getIfAvailable();
		if (slack == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
				.body("Slack is not configured on this Accord (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET).");
		}
		if (servletRequest.getContentLengthLong() > MAX_BODY_BYTES) {
			log.info("Refused a Slack request of {} bytes without reading it", servletRequest.getContentLengthLong());
			return tooLarge();
		}
		if (!timely(servletRequest.getHeader(TIMESTAMP_HEADER))) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_PLAIN)
				.body("A Slack request must be signed within five minutes of now.");
		}
		return handle(slack, servletRequest, Map.of(), true);
	}

	/** v0=hex(HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + body)), over the bytes as received. */
	static boolean signedBySlack(String signingSecret, String timestamp, String signature, byte[] body) {
		if (signingSecret == null || timestamp == null || signature == null) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
			byte[] expected = ("v0=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.US_ASCII);
			return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException everyJvmHasHmacSha256) {
			throw new IllegalStateException(everyJvmHasHmacSha256);
		}
	}

	/** Within Slack's five minutes of this instance's clock, ahead or behind; no timestamp at all is not. */
	private boolean timely(String header) {
		long now = clock.instant().getEpochSecond();
		long timestamp;
		try {
			timestamp = Long.parseLong(header == null ? "" : header);
		}
		catch (NumberFormatException notANumber) {
			log.info("Refused a Slack request without a usable timestamp");
			return false;
		}
		// Compared so that nothing overflows, whatever number was sent.
		if (timestamp < now - TIMESTAMP_TOLERANCE_SECONDS || timestamp > now + TIMESTAMP_TOLERANCE_SECONDS) {
			// How far off, so that an operator can tell a replay from this machine's clock being wrong.
			long apart;
			try {
				apart = Math.abs(Math.subtractExact(timestamp, now));
			}
			catch (ArithmeticException farOff) {
				apart = Long.MAX_VALUE;
			}
			log.info("Refused a Slack request signed {} s {} this instance's clock", apart < 0 ? Long.MAX_VALUE : apart,
					timestamp > now ? "ahead of" : "behind");
			return false;
		}
		return true;
	}

	private static ResponseEntity<String> tooLarge() {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.TEXT_PLAIN).body("Too large.");
	}

	/** The install page (or redirect) to Slack's authorize URL, with a fresh state in a cookie. */
	@GetMapping(path = "/slack/install")
	ResponseEntity<String> install(HttpServletRequest servletRequest) {
		return oauth(servletRequest);
	}

	/** Slack sends the installer back here with a code and the state; Bolt checks the state and exchanges the code. */
	@GetMapping(path = "/slack/oauth_redirect")
	ResponseEntity<String> oauthRedirect(HttpServletRequest servletRequest) {
		return oauth(servletRequest);
	}

	private ResponseEntity<String> oauth(HttpServletRequest servletRequest) {
		App slack = app.getIfAvailable();
		if (slack == null || !slack.config().isOAuthInstallPathEnabled()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
				.body("Installing to Slack workspaces is off on this Accord (set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET,"
						+ " without SLACK_BOT_TOKEN).");
		}
		Map<String, List<String>> query = new LinkedHashMap<>();
		// Mutable: Bolt adds the query string to its request in place.
		servletRequest.getParameterMap().forEach((name, values) -> query.put(name, new java.util.ArrayList<>(List.of(values))));
		return handle(slack, servletRequest, query, false);
	}

	private ResponseEntity<String> handle(App slack, HttpServletRequest servletRequest, Map<String, List<String>> query,
			boolean signed) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		servletRequest.getHeaderNames().asIterator()
			.forEachRemaining(name -> headers.put(name, java.util.Collections.list(servletRequest.getHeaders(name))));
		Request<?> request = null;
		try {
			// The bytes exactly as Slack signed them. @RequestBody would rebuild a form body from decoded
			// parameters: Slack writes '*' as %2A and Java re-encodes it bare, so every click on a message with
			// *bold* text failed its signature; and a wildcard Content-Type made Spring answer 500 before Bolt
			// saw the request.
			// At most one byte past the limit: a body without a Content-Length is refused as soon as it is too large.
			byte[] bytes = servletRequest.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
			if (bytes.length > MAX_BODY_BYTES) {
				log.info("Refused a Slack request of more than {} bytes", MAX_BODY_BYTES);
				return tooLarge();
			}
			if (signed && !signedBySlack(slack.config().getSigningSecret(), servletRequest.getHeader(TIMESTAMP_HEADER),
					servletRequest.getHeader(SIGNATURE_HEADER), bytes)) {
				log.info("Refused a Slack request whose signature is not Slack's");
				return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_PLAIN)
					.body("This request is not signed by Slack.");
			}
			String body = new String(bytes, StandardCharsets.UTF_8);
			request = new SlackRequestParser(slack.config()).parse(SlackRequestParser.HttpRequest.builder()
				.requestUri(servletRequest.getRequestURI())
				.queryString(query)
				.headers(new RequestHeaders(headers))
				.requestBody(body)
				.remoteAddress(servletRequest.getRemoteAddr())
				.build());
			if (request == null) {
				log.info("Refused a request to {} that is not a Slack request ({} characters)", servletRequest.getRequestURI(),
						body.length());
				return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("Not a Slack request.");
			}
			return toEntity(slack.run(request));
		}
		catch (Exception e) {
			Optional<RuntimeException> storeDown = StoreFailures.unavailable(e);
			SlackStoreOutage answer = outage.getIfAvailable();
			if (storeDown.isPresent() && request != null && answer != null) {
				// Accord's fault, not the sender's: they are told to try again (and Slack retries an event).
				return answer.answer(request, storeDown.get());
			}
			// A malformed payload is the sender's problem, never a 5xx, and never a stack trace in the answer.
			log.warn("Refused a Slack request that could not be handled: {}", e.toString());
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("Bad request.");
		}
	}

	private static ResponseEntity<String> toEntity(Response response) {
		HttpHeaders headers = new HttpHeaders();
		if (response.getHeaders() != null) {
			response.getHeaders().forEach((name, values) -> {
				if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
					headers.put(name, values);
				}
			});
		}
		if (response.getContentType() != null) {
			headers.set(HttpHeaders.CONTENT_TYPE, response.getContentType());
		}
		return new ResponseEntity<>(response.getBody(), headers, HttpStatus.valueOf(response.getStatusCode()));
	}

}

package org.accord.app.teams;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import jakarta.servlet.http.HttpServletRequest;
import org.accord.app.AccordProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}: activities from Microsoft Teams (the Bot Connector) or, locally, from the Bot
 * Framework Emulator.
 * <ol>
 * <li>The raw body is parsed with bot-schema's own mapper (Spring must not bind {@code Activity}: Jackson 3
 * cannot, see STACK.md). Anything that is not an activity is 400, never a 5xx.</li>
 * <li>The adapter's authentication step runs on its own, and every way it can fail is 401: the SDK does
 * not always fail with an {@code AuthenticationException} (a malformed token throws a decoding error).</li>
 * <li>Only then does the turn run, with the identity that step gave, and the bot's answer is synchronous:
 * an invoke's {@link InvokeResponse} (status and JSON body), else 202 with no body. The bot's replies go
 * from the SDK to the activity's serviceUrl.</li>
 * </ol>
 * Teams is off unless MICROSOFT_APP_ID is set or ACCORD_TEAMS_EMULATOR=on asks for emulator mode: off, the
 * endpoint answers 404 with how to turn it on, before reading anything. In emulator mode nobody is
 * authenticated, so a stranger could act in anyone's name and have the bot post to a serviceUrl of their
 * choosing: there only a caller on this machine (the HTTP peer, not what the activity says) with a
 * serviceUrl on this machine is served. Every activity must come from Teams (channelId msteams; in
 * emulator mode also the emulator's own, emulator): Azure Bot Service signs activities of Web Chat, Direct
 * Line and other channels with keys endorsed for them, and Accord speaks to none of those.
 */
@RestController
class TeamsMessagesController {

	private static final Logger log = LoggerFactory.getLogger(TeamsMessagesController.class);

	/** Teams' own messages are far smaller (about 28 KB); this only bounds what is read. */
	static final int MAX_BODY_BYTES = 1 << 20;

	/** JWT checks fetch the Bot Framework's keys at first use; a stuck fetch must not hold the request. */
	private static final long AUTH_TIMEOUT_SECONDS = 20;

	/** Teams gives up on a bot after about 15 s; this only bounds how long a request thread waits. */
	private static final long TURN_TIMEOUT_SECONDS = 60;

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	static final String OFF = "Teams is off on this Accord: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD to turn it on"
			+ " (or ACCORD_TEAMS_EMULATOR=on for the Bot Framework Emulator on this machine).";

	static final String TEAMS_CHANNEL = "msteams";

	static final String EMULATOR_CHANNEL = "emulator";

	private final TeamsBotAdapter adapter;

	private final ObjectProvider<Bot> bots;

	private final AccordProperties.Teams.Mode mode;

	TeamsMessagesController(TeamsBotAdapter adapter, ObjectProvider<Bot> bots, AccordProperties properties) {
		this.adapter = adapter;
		this.bots = bots;
		this.mode = properties.teams().mode();
	}

	/** Any content type reaches this method, so that Teams off is a 404 whatever was sent. */
	@PostMapping(path = "/api/messages")
	ResponseEntity<String> messages(HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		if (mode == AccordProperties.Teams.Mode.OFF) {
			log.info("Refused a request to /api/messages: Teams is off");
			return text(HttpStatus.NOT_FOUND, OFF);
		}
		boolean emulator = mode == AccordProperties.Teams.Mode.EMULATOR;
		if (emulator && !loopback(request.getRemoteAddr())) {
			log.warn("Refused a Teams request in emulator mode from {}, which is not this machine", request.getRemoteAddr());
			return text(HttpStatus.FORBIDDEN, "In local emulator mode Accord only answers callers on this machine.");
		}
		if (!json(request.getContentType())) {
			log.info("Refused a Teams request that is not JSON");
			return text(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "An activity is JSON (Content-Type: application/json).");
		}
		Activity activity;
		try {
			activity = readActivity(request);
		}
		catch (Refusal refusal) {
			log.warn("Refused a Teams request: {}", refusal.getMessage());
			return text(refusal.status, refusal.answer);
		}

		if (emulator && !onThisMachine(activity.getServiceUrl())) {
			log.warn("Refused a Teams activity in emulator mode: its serviceUrl is not on this machine ({})",
					activity.getServiceUrl());
			return text(HttpStatus.FORBIDDEN, "In local emulator mode Accord only answers an emulator on this machine.");
		}

		ClaimsIdentity identity;
		try {
			identity = adapter.authenticate(authorization, activity).get(AUTH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return unauthorized("interrupted");
		}
		catch (Exception e) {
			return unauthorized(reason(e));
		}
		if (identity == null || !identity.isAuthenticated()) {
			return unauthorized("no identity");
		}
		// After authentication, so that a stranger learns nothing; a real token can be for another channel.
		if (!TEAMS_CHANNEL.equals(activity.getChannelId()) && !(emulator && EMULATOR_CHANNEL.equals(activity.getChannelId()))) {
			log.warn("Refused a Teams request from a channel Accord does not serve");
			return text(HttpStatus.BAD_REQUEST, emulator
					? "Accord answers Microsoft Teams and the Bot Framework Emulator only (channelId msteams or emulator)."
					: "Accord answers Microsoft Teams only (channelId msteams).");
		}

		Bot bot = bots.getIfUnique();
		if (bot == null) {
			log.warn("A Teams activity arrived but there is no (single) Teams bot in this Accord");
			return text(HttpStatus.SERVICE_UNAVAILABLE, "Teams is not ready.");
		}

		InvokeResponse answer;
		try {
			answer = adapter.processActivity(identity, activity, bot::onTurn).get(TURN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return text(HttpStatus.SERVICE_UNAVAILABLE, "Interrupted.");
		}
		catch (TimeoutException e) {
			log.error("A Teams {} activity took more than {} s; answered 503 while it goes on", activity.getType(),
					TURN_TIMEOUT_SECONDS);
			return text(HttpStatus.SERVICE_UNAVAILABLE, "Teams could not handle this activity in time.");
		}
		catch (ExecutionException | RuntimeException e) {
			Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
			log.error("A Teams {} activity failed in the bot", activity.getType(), cause);
			return text(HttpStatus.INTERNAL_SERVER_ERROR, "Teams could not handle this activity.");
		}
		return toEntity(answer);
	}

	private static Activity readActivity(HttpServletRequest request) throws Refusal {
		byte[] bytes;
		try (InputStream in = request.getInputStream()) {
			bytes = in.readNBytes(MAX_BODY_BYTES + 1);
		}
		catch (IOException e) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "Could not read the request.", "unreadable body: " + e);
		}
		if (bytes.length > MAX_BODY_BYTES) {
			throw new Refusal(HttpStatus.CONTENT_TOO_LARGE, "Too large.", "body over " + MAX_BODY_BYTES + " bytes");
		}
		String body = new String(bytes, StandardCharsets.UTF_8);
		if (body.isBlank()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "An activity was expected.", "empty body");
		}
		Activity activity;
		try {
			JsonNode tree = Serialization.jsonToTree(body);
			activity = tree != null && tree.isObject() ? Serialization.treeToValue(tree, Activity.class) : null;
		}
		catch (IOException | RuntimeException e) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "An activity was expected.", "not JSON: " + reason(e));
		}
		if (activity == null) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "An activity was expected.", "not an activity");
		}
		if (activity.getType() == null || activity.getType().isBlank()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "An activity needs a type.", "activity without a type");
		}
		if (!isHttpUrl(activity.getServiceUrl())) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "An activity needs a serviceUrl.",
					"activity without a usable serviceUrl");
		}
		return activity;
	}

	private static boolean isHttpUrl(String url) {
		if (url == null || url.isBlank()) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	private static boolean json(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.APPLICATION_JSON.includes(MediaType.parseMediaType(contentType));
		}
		catch (IllegalArgumentException notAType) {
			return false;
		}
	}

	/** Loopback by name or literal address; never resolves a name through DNS. */
	static boolean onThisMachine(String url) {
		String host;
		try {
			host = new URI(url).getHost();
		}
		catch (URISyntaxException e) {
			return false;
		}
		return loopback(host);
	}

	/** The HTTP peer (or a URL's host) is this machine: a loopback literal, or localhost. */
	static boolean loopback(String host) {
		if (host == null) {
			return false;
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!IPV4.matcher(host).matches() && !host.contains(":")) {
			return false;
		}
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException e) {
			return false;
		}
	}

	private static ResponseEntity<String> unauthorized(String reason) {
		log.warn("Refused a Teams request that did not authenticate: {}", reason);
		return text(HttpStatus.UNAUTHORIZED, "Unauthorized.");
	}

	private static ResponseEntity<String> toEntity(InvokeResponse answer) {
		if (answer == null) {
			return ResponseEntity.accepted().build();
		}
		if (answer.getStatus() < 100 || answer.getStatus() > 599) {
			log.error("The Teams bot answered an invoke with status {}", answer.getStatus());
			return text(HttpStatus.INTERNAL_SERVER_ERROR, "Teams could not handle this activity.");
		}
		if (answer.getBody() == null) {
			return ResponseEntity.status(answer.getStatus()).build();
		}
		String json;
		try {
			json = Serialization.toString(answer.getBody());
		}
		catch (IOException e) {
			log.error("The Teams bot's invoke response could not be written as JSON", e);
			return text(HttpStatus.INTERNAL_SERVER_ERROR, "Teams could not handle this activity.");
		}
		return ResponseEntity.status(answer.getStatus()).contentType(MediaType.APPLICATION_JSON).body(json);
	}

	private static ResponseEntity<String> text(HttpStatus status, String body) {
		return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(body);
	}

	/** What went wrong, for the log: the innermost cause's type and message, short, never a stack trace. */
	private static String reason(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? "" : root.getMessage();
		if (message.length() > 200) {
			message = message.substring(0, 200) + "…";
		}
		return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

	/** A request refused before it reaches the SDK: the status, what the sender is told, what the log says. */
	private static final class Refusal extends Exception {

		private final HttpStatus status;

		private final String answer;

		Refusal(HttpStatus status, String answer, String logged) {
			super(logged, null, false, false);
			this.status = status;
			this.answer = answer;
		}

	}

}

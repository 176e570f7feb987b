package org.accord.app.slack;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServletRequest;
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
 * {@code POST /slack/events}: events, slash commands and interactivity. The raw body goes to Bolt
 * untouched, because Slack's signature covers the exact bytes; Bolt checks it and the timestamp.
 * Installed to many workspaces, {@code GET /slack/install} and {@code GET /slack/oauth_redirect} carry
 * Slack's OAuth install flow, also through Bolt (its state check, its token exchange, its pages).
 */
@RestController
class SlackEventsController {

	private static final Logger log = LoggerFactory.getLogger(SlackEventsController.class);

	private final ObjectProvider<App> app;


	SlackEventsController(ObjectProvider<App> app) {
		this.app = app;
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
		return handle(slack, servletRequest, Map.of());
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
		return handle(slack, servletRequest, query);
	}

	private ResponseEntity<String> handle(App slack, HttpServletRequest servletRequest, Map<String, List<String>> query) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		servletRequest.getHeaderNames().asIterator()
			.forEachRemaining(name -> headers.put(name, java.util.Collections.list(servletRequest.getHeaders(name))));
		try {
			// The bytes exactly as Slack signed them. @RequestBody would rebuild a form body from decoded
			// parameters: Slack writes '*' as %2A and Java re-encodes it bare, so every click on a message with
			// *bold* text failed its signature; and a wildcard Content-Type made Spring answer 500 before Bolt
			// saw the request.
			String body = new String(servletRequest.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			Request<?> request = new SlackRequestParser(slack.config()).parse(SlackRequestParser.HttpRequest.builder()
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

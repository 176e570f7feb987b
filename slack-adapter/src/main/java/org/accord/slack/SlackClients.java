package org.accord.slack;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.impl.MethodsClientImpl;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.util.json.GsonFactory;
import okhttp3.FormBody;
import okhttp3.Response;

/**
 * Web API clients for Accord's deliveries, one per bot token as Bolt's own are, that read Slack's answers with one
 * Gson for the life of the app. The SDK's client makes a new Gson for every answer, and a new Gson works out again
 * how to read a chat.update's answer (a message, its blocks, their elements): on a busy round that was a third of
 * the delivery threads' samples in a profile, taken from the acknowledgements on the same cores. The request goes as
 * the SDK sends it; a refusal (a 429 with its Retry-After) is thrown as the SDK throws it. The SDK's per-workspace call
 * counts (its rate-limit metrics, for its async client) are not kept: Accord keeps Slack's pace itself (SlackPace).
 */
public final class SlackClients {

	private final Slack slack;

	private final Gson gson;

	public SlackClients(Slack slack) {
		this.slack = slack;
		this.gson = GsonFactory.createSnakeCase(slack.getConfig());
	}

	/** @param teamId the workspace, or null where one bot token serves a single board */
	public MethodsClient forToken(String token, String teamId) {
		OneGson client = new OneGson(slack.getHttpClient(), token, teamId, gson);
		client.setEndpointUrlPrefix(slack.getConfig().getMethodsEndpointUrlPrefix());
		return client;
	}

	private static final class OneGson extends MethodsClientImpl {

		private final SlackHttpClient http;

		private final Gson gson;

		OneGson(SlackHttpClient http, String token, String teamId, Gson gson) {
			super(http, token, teamId);
			this.http = http;
			this.gson = gson;
		}

		@Override
		protected <T extends SlackApiTextResponse> T postFormWithTokenAndParseResponse(FormBody.Builder form, String method,
				String token, Class<T> type) throws IOException, SlackApiException {
			try (Response response = runPostFormWithToken(form, method, token)) {
				String body = response.body() == null ? "" : response.body().string();
				if (!response.isSuccessful()) {
					throw new SlackApiException(http.getConfig(), response, body);
				}
				// As the SDK does: the response listeners hear only an answer it read, and after reading it.
				try {
					T parsed = gson.fromJson(body, type);
					parsed.setHttpResponseHeaders(headers(response));
					return parsed;
				}
				finally {
					http.runHttpResponseListeners(response, body);
				}
			}
		}

		/** As the SDK gives them: names in lower case. */
		private static Map<String, List<String>> headers(Response response) {
			Map<String, List<String>> headers = new TreeMap<>();
			for (String name : response.headers().names()) {
				headers.put(name.toLowerCase(Locale.ROOT), response.headers(name));
			}
			return headers;
		}

	}

}

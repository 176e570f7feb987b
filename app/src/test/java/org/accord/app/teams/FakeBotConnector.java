package org.accord.app.teams;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the Bot Connector service, on 127.0.0.1. Point an activity's {@code serviceUrl} at
 * {@link #serviceUrl()} and every call the bot makes back ({@code POST v3/conversations} to start a chat,
 * {@code POST v3/conversations/{id}/activities[/{replyToId}]} to send or reply, {@code PUT …/activities/{id}}
 * to update, {@code DELETE} to delete) is recorded and answered as the service answers: {@code {"id": …}}.
 * <p>
 * It is also the Bot Framework's token issuer for JWT tests: {@link #openIdMetadataUrl()} serves OpenID
 * metadata (issuer {@code https://api.botframework.com}, {@code jwks_uri}) and {@code /keys} the public half
 * of an RSA key pair made at start, with a {@code kid} and {@code endorsements: ["msteams", "webchat"]} (the
 * Bot Framework's real keys are endorsed for many channels, so a genuine token can come from Web Chat);
 * {@link #token(Map)} signs claims with it (RS256).
 * <p>
 * It is also the person's OneDrive for Teams' file consent flow: {@link #uploadInfo(String)} opens an upload
 * session on it, as Teams does when a person accepts a file, and {@code PUT /upload/{session}} takes the
 * file as a session does, in one request with {@code Content-Range: bytes 0-(n-1)/n} and a matching
 * {@code Content-Length}, or refuses it with 400; {@link #uploads()} are what it took.
 */
public final class FakeBotConnector implements AutoCloseable {

	public static final String ISSUER = "https://api.botframework.com";

	public static final String KEY_ID = "accord-test-signing-key";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	/**
	 * One request the bot made to the connector; {@code seq} orders them, {@code answeredId} is the id the
	 * fake gave back (a new activity's or conversation's), if any.
	 */
	public record Call(long seq, String method, String path, String conversationId, String activityId,
			String authorization, JsonNode body, String answeredId) {

		/** Creating a conversation: {@code POST v3/conversations}. */
		public boolean createsConversation() {
			return method.equals("POST") && conversationId == null;
		}

		/** Sending into a conversation, as a reply to {@code activityId} if that is set. */
		public boolean sends() {
			return method.equals("POST") && conversationId != null;
		}

		public boolean updates() {
			return method.equals("PUT");
		}

		public String text() {
			return body == null ? null : body.path("text").asText(null);
		}

	}

	/** One file a session took: its session, the Content-Range it came with, and its bytes. */
	public record Upload(String session, String contentRange, byte[] bytes) {
	}

	private final HttpServer server;

	private final List<Upload> uploads = new CopyOnWriteArrayList<>();

	private final AtomicLong sessions = new AtomicLong();

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final KeyPair keys;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final AtomicLong seq = new AtomicLong();

	private final AtomicLong ids = new AtomicLong();

	private final AtomicLong keyFetches = new AtomicLong();

	/** What Teams would have refused, activity by activity (see {@link #close()}). */
	private final List<String> refusals = new CopyOnWriteArrayList<>();

	public FakeBotConnector() throws IOException {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			keys = generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(executor);
		server.createContext("/.well-known/openidconfiguration", this::openIdMetadata);
		server.createContext("/keys", this::keys);
		server.createContext("/amer/", this::connector);
		server.createContext("/upload/", this::upload);
		server.start();
	}

	private String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Like Teams' {@code https://smba.trafficmanager.net/amer/}: ends with a slash. */
	public String serviceUrl() {
		return base() + "/amer/";
	}

	public String openIdMetadataUrl() {
		return base() + "/.well-known/openidconfiguration";
	}

	/** How often the signing keys were fetched (the SDK caches them). */
	public long keyFetches() {
		return keyFetches.get();
	}

	public List<Call> calls() {
		return List.copyOf(calls);
	}

	public void clear() {
		calls.clear();
	}

	public List<Upload> uploads() {
		return List.copyOf(uploads);
	}

	/**
	 * What Teams puts in a {@code fileConsent/invoke} that accepts a file: a new upload session here, and where
	 * the file will be (Teams: the person's OneDrive, under Applications).
	 */
	public ObjectNode uploadInfo(String fileName) {
		return uploadInfo(fileName, "session-" + sessions.incrementAndGet());
	}

	/** As {@link #uploadInfo(String)}, but the session has expired by the time the bot uploads: 404. */
	public ObjectNode expiredUploadInfo(String fileName) {
		return uploadInfo(fileName, EXPIRED + sessions.incrementAndGet());
	}

	private static final String EXPIRED = "expired-";

	private ObjectNode uploadInfo(String fileName, String session) {
		int dot = fileName.lastIndexOf('.');
		ObjectNode info = JSON.createObjectNode();
		info.put("contentUrl", base() + "/files/" + session + "/" + fileName)
			.put("name", fileName)
			.put("uploadUrl", base() + "/upload/" + session)
			.put("uniqueId", "unique-" + session)
			.put("fileType", dot < 0 ? "" : fileName.substring(dot + 1));
		return info;
	}

	/** Waits until a call that matches has arrived, and returns the first such call. */
	public Call await(Predicate<Call> matching, Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			for (Call call : calls) {
				if (matching.test(call)) {
					return call;
				}
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("The connector never received the expected call; calls were: " + calls);
	}

	/** Waits until {@code count} calls that match have arrived, and returns the first {@code count} of them. */
	public List<Call> awaitAll(Predicate<Call> matching, int count, Duration timeout) {
		await(call -> calls.stream().filter(matching).count() >= count, timeout);
		return calls.stream().filter(matching).limit(count).toList();
	}

	/** A token for these claims, signed with the published key (header: RS256, {@link #KEY_ID}, JWT). */
	public String token(Map<String, Object> claims) {
		return sign(keys.getPrivate(), KEY_ID, claims);
	}

	/** A token signed by any key under any kid: RS256 with SHA256withRSA, base64url without padding. */
	public static String sign(PrivateKey key, String kid, Map<String, Object> claims) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("alg", "RS256");
		header.put("kid", kid);
		header.put("typ", "JWT");
		try {
			String signed = BASE64URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
					+ BASE64URL.encodeToString(JSON.writeValueAsBytes(claims));
			Signature rsa = Signature.getInstance("SHA256withRSA");
			rsa.initSign(key);
			rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
			return signed + "." + BASE64URL.encodeToString(rsa.sign());
		}
		catch (IOException | GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private void openIdMetadata(HttpExchange exchange) throws IOException {
		ObjectNode metadata = JSON.createObjectNode();
		metadata.put("issuer", ISSUER);
		metadata.put("authorization_endpoint", "https://invalid.example/authorize");
		metadata.put("jwks_uri", base() + "/keys");
		metadata.putArray("id_token_signing_alg_values_supported").add("RS256");
		metadata.putArray("token_endpoint_auth_methods_supported").add("private_key_jwt");
		respond(exchange, 200, metadata.toString());
	}

	private void keys(HttpExchange exchange) throws IOException {
		keyFetches.incrementAndGet();
		RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
		ObjectNode jwks = JSON.createObjectNode();
		ObjectNode key = jwks.putArray("keys").addObject();
		key.put("kty", "RSA");
		key.put("use", "sig");
		key.put("kid", KEY_ID);
		key.put("n", BASE64URL.encodeToString(unsigned(publicKey.getModulus())));
		key.put("e", BASE64URL.encodeToString(unsigned(publicKey.getPublicExponent())));
		key.putArray("endorsements").add("msteams").add("webchat");
		respond(exchange, 200, jwks.toString());
	}

	private static byte[] unsigned(BigInteger value) {
		byte[] bytes = value.toByteArray();
		if (bytes.length > 1 && bytes[0] == 0) {
			byte[] trimmed = new byte[bytes.length - 1];
			System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
			return trimmed;
		}
		return bytes;
	}

	/** {@code /amer/v3/conversations[/{id}/activities[/{activityId}]]}. */
	private void connector(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getRawPath();
		String rest = path.substring("/amer/".length());
		List<String> segments = new ArrayList<>();
		for (String segment : rest.split("/")) {
			if (!segment.isEmpty()) {
				segments.add(URLDecoder.decode(segment, StandardCharsets.UTF_8));
			}
		}
		byte[] bytes = exchange.getRequestBody().readAllBytes();
		JsonNode body = bytes.length == 0 ? null : JSON.readTree(bytes);
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		boolean conversations = segments.size() >= 2 && segments.get(0).equals("v3")
				&& segments.get(1).equals("conversations");
		String conversationId = conversations && segments.size() >= 3 ? segments.get(2) : null;
		boolean activities = conversations && segments.size() >= 4 && segments.get(3).equals("activities");
		String activityId = activities && segments.size() == 5 ? segments.get(4) : null;
		if (conversations && method.equals("GET") && segments.size() == 5 && segments.get(3).equals("members")) {
			roster(exchange, method, path, conversationId, segments.get(4), authorization);
			return;
		}
		boolean known = conversations && (segments.size() == 2 && method.equals("POST")
				|| activities && segments.size() == 4 && method.equals("POST")
				|| activities && segments.size() == 5 && List.of("POST", "PUT", "DELETE").contains(method));
		if (!known) {
			record(method, path, conversationId, activityId, authorization, body, null);
			respond(exchange, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"The fake has no " + method + " "
					+ path + "\"}}");
			return;
		}
		String refused = method.equals("DELETE") ? null : refusal(bytes.length, conversationId == null && body != null
				? body.path("activity") : body);
		if (refused != null) {
			refusals.add(method + " " + path + ": " + refused);
			respond(exchange, refused.startsWith("MessageSizeTooBig") ? 413 : 400, "{\"error\":{\"code\":\""
					+ refused.substring(0, refused.indexOf(':')) + "\",\"message\":\"" + refused.replace("\"", "'") + "\"}}");
			return;
		}
		if (method.equals("DELETE")) {
			record(method, path, conversationId, activityId, authorization, body, null);
			respond(exchange, 200, "");
			return;
		}
		if (method.equals("PUT")) {
			record(method, path, conversationId, activityId, authorization, body, activityId);
			respond(exchange, 200, "{\"id\":\"" + activityId + "\"}");
			return;
		}
		long id = ids.incrementAndGet();
		if (conversationId == null) {
			String conversation = "a:fake-conversation-" + id;
			record(method, path, null, null, authorization, body, conversation);
			// Like the service: an activityId only when the request carried a first activity.
			boolean withActivity = body != null && body.hasNonNull("activity");
			respond(exchange, 201, "{\"id\":\"" + conversation + "\""
					+ (withActivity ? ",\"activityId\":\"fake-activity-" + id + "\"" : "") + "}");
			return;
		}
		record(method, path, conversationId, activityId, authorization, body, "fake-activity-" + id);
		respond(exchange, 200, "{\"id\":\"fake-activity-" + id + "\"}");
	}

	/**
	 * Each conversation's roster: who is in it, by chat id (29:…). As the service, it answers a member of that
	 * conversation with their object id, and anyone else with a 404: a personal chat holds only its person.
	 */
	private final Map<String, ObjectNode> roster = new java.util.concurrent.ConcurrentHashMap<>();

	/** Puts a person in a conversation's roster, so a mention of them written there can be looked up. */
	public void addToRoster(String conversationId, String chatId, String aadObjectId, String name) {
		roster.put(conversationId + "\u0000" + chatId, JSON.createObjectNode().put("id", chatId).put("name", name)
			.put("objectId", aadObjectId).put("aadObjectId", aadObjectId).put("tenantId", "72f988bf-86f1-41af-91ab-2d7cd011db47")
			.put("userRole", "user"));
	}

	/** {@code GET v3/conversations/{id}/members/{memberId}}: the member, or the service's 404 for someone it does not know. */
	private void roster(HttpExchange exchange, String method, String path, String conversationId, String memberId,
			String authorization) throws IOException {
		record(method, path, conversationId, null, authorization, null, null);
		ObjectNode member = roster.get(conversationId + "\u0000" + memberId);
		if (member == null) {
			respond(exchange, 404, "{\"error\":{\"code\":\"MemberNotFoundInConversation\",\"message\":\"The member is not"
					+ " part of the conversation.\"}}");
			return;
		}
		respond(exchange, 200, member.toString());
	}

	/** {@code PUT /upload/{session}}: a whole file, as an upload session takes it. */
	private void upload(HttpExchange exchange) throws IOException {
		String session = exchange.getRequestURI().getRawPath().substring("/upload/".length());
		byte[] bytes = exchange.getRequestBody().readAllBytes();
		if (!exchange.getRequestMethod().equals("PUT")) {
			respond(exchange, 405, "{\"error\":{\"code\":\"invalidRequest\",\"message\":\"PUT the file\"}}");
			return;
		}
		if (session.startsWith(EXPIRED)) {
			respond(exchange, 404, "{\"error\":{\"code\":\"itemNotFound\",\"message\":\"The upload session was not found\"}}");
			return;
		}
		String range = exchange.getRequestHeaders().getFirst("Content-Range");
		String refused = uploadRefusal(range, exchange.getRequestHeaders().getFirst("Content-Length"), bytes.length);
		if (refused != null) {
			refusals.add("PUT /upload/" + session + ": " + refused);
			respond(exchange, 400, "{\"error\":{\"code\":\"invalidRange\",\"message\":\"" + refused + "\"}}");
			return;
		}
		uploads.add(new Upload(session, range, bytes));
		respond(exchange, 201, "{\"id\":\"" + session + "\",\"size\":" + bytes.length + "}");
	}

	/** Why an upload session would refuse a whole file in one request, or null when it takes it. */
	static String uploadRefusal(String contentRange, String contentLength, int received) {
		if (contentLength == null || !contentLength.equals(Integer.toString(received))) {
			return "Content-Length '" + contentLength + "' for " + received + " bytes";
		}
		String whole = "bytes 0-" + (received - 1) + "/" + received;
		if (received == 0 || !whole.equals(contentRange)) {
			return "Content-Range '" + contentRange + "' for " + received + " bytes; the whole file is '" + whole + "'";
		}
		return null;
	}

	private void record(String method, String path, String conversationId, String activityId, String authorization,
			JsonNode body, String answeredId) {
		calls.add(new Call(seq.incrementAndGet(), method, path, conversationId, activityId, authorization, body,
				answeredId));
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	/**
	 * Stops the fake, and fails the test class that used it if Accord sent what Teams would have refused: Teams
	 * shows nothing of it, so a test that passed anyway proved nothing of it.
	 */
	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
		if (!refusals.isEmpty()) {
			throw new AssertionError("Teams would have refused " + refusals.size() + " activities: " + refusals);
		}
	}

	/** Teams takes a message of under 80 KB; this fake takes Adaptive Cards of version 1.5 at most. */
	static final int MOST_BYTES = 80 * 1024;

	static final java.util.Set<String> ELEMENTS_1_5 = java.util.Set.of("TextBlock", "Image", "Media", "RichTextBlock",
			"TextRun", "Container", "ColumnSet", "Column", "FactSet", "ImageSet", "ActionSet", "Table", "TableRow",
			"TableCell", "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet",
			"Action.Submit", "Action.Execute", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility");

	/** Why Teams would refuse an activity ("Code: why"), or null when it takes it. */
	static String refusal(int bytes, JsonNode activity) {
		if (bytes >= MOST_BYTES) {
			return "MessageSizeTooBig: " + bytes + " bytes, Teams takes under " + MOST_BYTES;
		}
		if (activity == null) {
			return null;
		}
		// Accord's bot lives in personal chats only: an activity that does not say otherwise is in one.
		String type = activity.path("conversation").path("conversationType").asText("personal");
		boolean personal = !type.equals("channel") && !type.equals("groupChat");
		for (JsonNode attachment : activity.path("attachments")) {
			if (personal && attachment.path("contentUrl").asText("").regionMatches(true, 0, "data:", 0, 5)) {
				return "BadArgument: a file as a data: URI in a personal chat; Teams takes files there through a file"
						+ " consent card";
			}
			if (!"application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asText())) {
				continue;
			}
			JsonNode card = attachment.path("content");
			String version = card.path("version").asText("");
			if (!version.matches("1\\.[0-5]")) {
				return "BadArgument: an Adaptive Card of version '" + version + "'; this bot's cards are 1.5 at most";
			}
			String unknown = unknownElement(card.path("body"));
			if (unknown == null) {
				unknown = unknownElement(card.path("actions"));
			}
			if (unknown != null) {
				return "BadArgument: no Adaptive Card 1.5 element is of type '" + unknown + "'";
			}
		}
		return null;
	}

	private static String unknownElement(JsonNode node) {
		if (node.isObject() && node.has("type") && !node.path("type").asText().equals("AdaptiveCard")
				&& !ELEMENTS_1_5.contains(node.path("type").asText()) && !node.path("type").asText().startsWith("Data.")) {
			return node.path("type").asText();
		}
		for (JsonNode child : node) {
			String found = unknownElement(child);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

}

package org.accord.teams;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Puts a file into the OneDrive upload session Teams opened when the person accepted it: one PUT of every
 * byte, as a session takes a file of a few megabytes. The session's URL is a secret (whoever has it can write
 * the file), so it never reaches the log.
 */
final class OneDriveUpload {

	/** Teams gives up on an invoke after about 15 s; the upload happens inside it. */
	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** Null once the session took every byte, else why not, in words for the log. */
	String put(String uploadUrl, byte[] content) {
		URI uri;
		try {
			uri = URI.create(uploadUrl);
		}
		catch (IllegalArgumentException e) {
			return "the upload URL is not a URL";
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
			return "the upload URL is not an http(s) URL";
		}
		if (content.length == 0) {
			return "the file is empty";
		}
		// Content-Length comes with the body: the client sets it itself and refuses it as a header.
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(TIMEOUT)
			.header("Content-Range", "bytes 0-" + (content.length - 1) + "/" + content.length)
			.PUT(HttpRequest.BodyPublishers.ofByteArray(content))
			.build();
		try {
			int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			return status / 100 == 2 ? null : "the upload session answered " + status;
		}
		catch (IOException e) {
			return "the upload did not go through (" + e.getClass().getSimpleName() + ")";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

}

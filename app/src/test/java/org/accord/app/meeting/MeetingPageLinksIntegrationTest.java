package org.accord.app.meeting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.accord.app.slack.FakeSlackApi;
import org.accord.app.slack.SlackRequests;
import org.accord.app.slack.SlackTestProperties;
import org.accord.core.service.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting link as an outsider or a latecomer tries it, in a real browser and by plain HTTP, on Accord's own clock
 * moved forward instead of waited for: a changed link shows a plain 404 page and nothing of the board; an expired
 * link, or one the chair ended, a 403 page; an open page whose link ends says so within two seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingPageLinksIntegrationTest {

	static final String TEAM = "T0MEETLINK";

	static FakeSlackApi slack;

	@DynamicPropertySource
	static void slack(DynamicPropertyRegistry registry) throws IOException {
		slack = new FakeSlackApi();
		SlackTestProperties.register(registry, slack);
		registry.add("accord.nudge-sweep-seconds", () -> "0");
	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		Clock movableClock() {
			return new MovableClock(Instant.now());
		}

	}

	@AfterAll
	static void stop() {
		slack.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void givenATamperedAnExpiredOrAnEndedLink_thenThePageShowsNothingOfTheBoard() throws Exception {
		SlackRequests requests = new SlackRequests(port, TEAM).at(clock);
		MeetingBoard board = new MeetingBoard(slack, requests);
		board.meetsAfterRoundOne();
		MeetingBoard.Link chairs = board.press(MeetingBoard.CHAIR, board.viewButtons().get("Meeting page"));
		String link = chairs.url();
		assertThat(link).startsWith("http://localhost:" + port + "/meeting/");
		String token = link.substring(link.lastIndexOf('/') + 1);
		String tampered = link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");

		try (Browsers browsers = new Browsers()) {
			ChromeDriver browser = browsers.open(1280, 800);
			browser.get(tampered);
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nothing here");
			assertThat(browser.getPageSource()).doesNotContain("Meeting of the board", "1.1", "Working towards", token);

			HttpResponse<String> good = get(link);
			assertThat(good.statusCode()).isEqualTo(200);
			assertThat(good.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'")
				.doesNotContain("unsafe-inline", "http");
			assertThat(good.headers().firstValue("Referrer-Policy")).contains("no-referrer");
			assertThat(good.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
			assertThat(good.body()).doesNotContain("U3CHAIR", "U3ALEX", "U3SAM", "U3JO", "<script src", "<link ");
			assertThat(get(tampered).statusCode()).isEqualTo(404);
			assertThat(get(tampered + "/stamp").statusCode()).isEqualTo(403);
			assertThat(post(tampered + "/settle", "criterion=1.1&level=" + MeetingBoard.key("Some success")).statusCode()).isEqualTo(404);
			assertThat(get("http://localhost:" + port + "/meeting/").statusCode()).isEqualTo(404);

			// An open page whose link expires says so by itself, within two seconds.
			browser.get(link);
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Meeting of the board");
			((MovableClock) clock).advance(Duration.ofHours(12));
			new WebDriverWait(browser, Duration.ofSeconds(2)).until(b -> b.findElement(By.tagName("h1")).getText()
				.equals("This meeting link has ended"));
			assertThat(browser.getPageSource()).doesNotContain("Working towards");
			HttpResponse<String> expired = get(link);
			assertThat(expired.statusCode()).isEqualTo(403);
			assertThat(expired.body()).contains("This meeting link has ended").doesNotContain("Meeting of the board", "1.1");
			assertThat(post(link + "/settle", "criterion=1.1&level=" + MeetingBoard.key("Some success")).statusCode()).isEqualTo(403);

			// A fresh link, then the chair ends them all from Slack.
			MeetingBoard.Link fresh = board.press(MeetingBoard.CHAIR, board.viewButtons().get("Meeting page"));
			assertThat(get(fresh.url()).statusCode()).isEqualTo(200);
			requests.click(MeetingBoard.CHAIR, "D0U3CHAIR", "1700000000.000400", fresh.buttons().get("End meeting links"));
			long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (get(fresh.url()).statusCode() != 403 && System.nanoTime() < end) {
				Thread.sleep(20);
			}
			assertThat(get(fresh.url()).statusCode()).isEqualTo(403);
			assertThat(SlackRequests.shown(requests.command("U3ALEX", "meeting")))
				.contains("The meeting page is the chair's and the facilitator's to open");
		}
	}

	private HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

}

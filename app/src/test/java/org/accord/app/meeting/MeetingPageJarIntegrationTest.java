package org.accord.app.meeting;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.accord.app.slack.FakeSlackApi;
import org.accord.app.slack.SlackMembers;
import org.accord.app.slack.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's meeting, end to end through the jar as an operator runs it: the chair takes the link Accord sent in
 * Slack, opens it on a 1920×1080 screen, and records what the board agrees on both disputed criteria, one by
 * keyboard and one by mouse; a second browser on the view-only link follows each within two seconds; the Slack
 * consensus view then shows both as agreed at the meeting, and the page's last step asks for endorsement in Slack.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class MeetingPageJarIntegrationTest {

	static final String TEAM = "T0MEETJAR";

	static final String KEY = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";

	@TempDir
	Path dir;

	private FakeSlackApi slack;

	private Process accord;

	private Path log;

	@AfterEach
	void stop() throws Exception {
		if (accord != null) {
			accord.destroy();
			accord.waitFor(20, TimeUnit.SECONDS);
		}
		if (slack != null) {
			slack.close();
		}
	}

	@Test
	void givenTheChairsLinkFromSlack_thenTheBoardAgreesOnThePage_andSlackSeesIt() throws Exception {
		slack = new FakeSlackApi();
		int port = freePort();
		start(port);
		SlackRequests requests = new SlackRequests(port, TEAM);
		MeetingBoard board = new MeetingBoard(slack, requests);
		board.meetsAfterRoundOne();
		MeetingBoard.Link chairs = board.press(MeetingBoard.CHAIR, board.viewButtons().get("Meeting page"));
		MeetingBoard.Link viewOnly = board.press(MeetingBoard.CHAIR, chairs.buttons().get("View-only link"));
		assertThat(chairs.url()).startsWith("http://127.0.0.1:" + port + "/meeting/").isNotEqualTo(viewOnly.url());
		assertThat(plainGet(chairs.url().substring(0, chairs.url().length() - 2) + "xx").statusCode()).isEqualTo(404);

		try (Browsers browsers = new Browsers()) {
			ChromeDriver chair = browsers.open(1920, 1080);
			ChromeDriver screen = browsers.open(1920, 1080);
			chair.get(chairs.url());
			screen.get(viewOnly.url());
			assertThat(overview(chair)).containsExactly("1.1 Disputed", "1.2 Disputed");
			assertThat(shownHeading(chair)).startsWith("1.1 ");
			assertThat(screen.findElements(By.cssSelector("form.settle"))).isEmpty();
			assertThat(chair.findElement(By.id("c-1.1")).getText()).contains(MeetingBoard.COMMENT, MeetingBoard.EVIDENCE,
					"Working towards", "The middle rating is between Working towards and Some success (median).");
			assertThat(chair.findElement(By.id("c-1.1")).findElement(By.tagName("img")).getAttribute("src"))
				.startsWith("data:image/png;base64,");
			screenshot(chair);

			// 1.1 by keyboard alone: choose with the space bar, type the note, send with Enter.
			chair.findElement(By.id("l-1.1-" + MeetingBoard.key("Some success"))).sendKeys(Keys.SPACE);
			chair.findElement(By.id("n-1.1")).sendKeys("Agreed once the protocol's use was explained");
			chair.findElement(By.cssSelector("#c-1\\.1 button.record")).sendKeys(Keys.ENTER);
			await(chair, Duration.ofSeconds(5), () -> text(chair, "said").startsWith("1.1 agreed at the meeting: Some success"));
			long settled = System.nanoTime();
			await(screen, Duration.ofSeconds(2), () -> overview(screen).contains("1.1 Agreed at the meeting: Some success"));
			long followedMs = (System.nanoTime() - settled) / 1_000_000;
			System.out.println("meeting_page_follow_ms = " + followedMs + " ms");

			// The arrow keys move between criteria, as on a projector remote.
			chair.findElement(By.id("h-1.1")).sendKeys(Keys.ARROW_RIGHT);
			await(chair, Duration.ofSeconds(2), () -> shownHeading(chair).startsWith("1.2 "));
			chair.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
			await(chair, Duration.ofSeconds(2), () -> shownHeading(chair).startsWith("1.1 "));
			chair.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
			await(chair, Duration.ofSeconds(2), () -> shownHeading(chair).startsWith("1.2 "));

			// 1.2 by mouse: the category's label, the note, the button.
			chair.findElement(By.cssSelector("label[for='l-1.2-" + MeetingBoard.key("Working towards") + "']")).click();
			chair.findElement(By.id("n-1.2")).click();
			chair.findElement(By.id("n-1.2")).sendKeys("The board will revisit this in a year");
			chair.findElement(By.cssSelector("#c-1\\.2 button.record")).click();
			await(chair, Duration.ofSeconds(10), () -> text(chair, "said").startsWith("1.2 agreed at the meeting: Working towards"));
			await(screen, Duration.ofSeconds(2), () -> overview(screen).contains("1.2 Agreed at the meeting: Working towards"));
			assertThat(overview(chair)).containsExactly("1.1 Agreed at the meeting: Some success",
					"1.2 Agreed at the meeting: Working towards");

			String view = new SlackMembers(slack, requests).consensusView(MeetingBoard.CHAIR).words();
			assertThat(view).contains("47 agreed · 2 agreed at the meeting · 0 settled by the chair · 0 disputed, of 49",
					"*1.1* Agreed at the meeting: *Some success*", "*1.2* Agreed at the meeting: *Working towards*",
					"Agreed once the protocol's use was explained");

			// Nothing is left disputed: the page offers endorsement, and the request reaches the authority in Slack.
			long asking = slack.mark();
			WebElement endorse = chair.findElement(By.cssSelector("#endorse button"));
			endorse.click();
			await(chair, Duration.ofSeconds(10), () -> text(chair, "said").contains("police"));
			slack.awaitAfter(asking, "chat.postMessage", c -> "U3POL".equals(c.param("channel"))
					&& c.json("blocks").toString().contains("Endorsement asked"), Duration.ofSeconds(10));
			assertThat(chair.getPageSource()).doesNotContain("U3CHAIR", "U3ALEX", "U3SAM", "U3JO");
		}
	}

	private static List<String> overview(ChromeDriver browser) {
		return browser.findElements(By.cssSelector("nav.overview li a")).stream()
			.map(a -> a.getAttribute("data-id") + " " + a.findElement(By.className("state")).getText()).toList();
	}

	private static String shownHeading(ChromeDriver browser) {
		return browser.findElements(By.cssSelector("section.criterion")).stream().filter(WebElement::isDisplayed)
			.map(s -> s.findElement(By.tagName("h2")).getText()).findFirst().orElse("");
	}

	private static String text(ChromeDriver browser, String id) {
		List<WebElement> found = browser.findElements(By.id(id));
		return found.isEmpty() ? "" : found.get(0).getText();
	}

	private static void await(ChromeDriver browser, Duration within, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, within, Duration.ofMillis(50)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(b -> condition.getAsBoolean());
	}

	/** The page as a projector shows it, for the README: written where the build keeps its output. */
	private static void screenshot(ChromeDriver browser) throws IOException {
		browser.executeScript("window.scrollTo(0, 0)");
		Path shot = Path.of("target", "meeting-page.png");
		Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private void start(int port) throws Exception {
		Path jar = Path.of(System.getProperty("accord.jar", "target/accord.jar"));
		assertThat(jar).as("the jar the package phase builds").isRegularFile();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toAbsolutePath().toString());
		Map<String, String> env = builder.environment();
		env.clear();
		env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
		env.put("PORT", Integer.toString(port));
		env.put("SERVER_ADDRESS", "127.0.0.1");
		env.put("ACCORD_DATA_DIR", dir.resolve("data").toString());
		env.put("ACCORD_ANONYMITY_KEY", KEY);
		env.put("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN);
		env.put("SLACK_SIGNING_SECRET", SlackRequests.SIGNING_SECRET);
		env.put("SLACK_API_URL", slack.url());
		// As an operator names the address people reach Accord at; here the loopback address it listens on.
		env.put("ACCORD_PUBLIC_URL", "http://127.0.0.1:" + port + "/");
		log = dir.resolve("accord.log");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		accord = builder.start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < end && accord.isAlive()) {
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
						+ "/actuator/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Accord did not come up:\n" + Files.readString(log, StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> plainGet(String url) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

}

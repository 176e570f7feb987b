package org.accord.app.meeting;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real browsers for the meeting page's tests: Debian's Chromium, headless, driven through Debian's chromedriver.
 * Nothing is downloaded: both are named by path, so Selenium never looks for a driver of its own. Without them the
 * test fails saying what to install; {@code .ci/run} installs them.
 */
public final class Browsers implements AutoCloseable {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private final List<ChromeDriver> open = new ArrayList<>();

	private final List<Path> profiles = new ArrayList<>();

	/** A browser with a window of this size (a projector's 1920×1080, say). */
	public ChromeDriver open(int width, int height) {
		for (String program : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!new File(program).canExecute()) {
				throw new AssertionError(program + " is missing: install Debian's chromium and chromium-driver packages"
						+ " (apt-get install chromium chromium-driver; .ci/run does it when they are missing).");
			}
		}
		Path profile;
		try {
			profile = Files.createTempDirectory("accord-chromium");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		profiles.add(profile);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		// The flags that keep Chromium off a closed network: without them it tries Google's hosts at every start.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-extensions", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
				"--force-device-scale-factor=1", "--lang=en-GB");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.withTimeout(Duration.ofSeconds(30))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
		open.add(driver);
		// The window's size counts the browser's own frame: make the page itself the size asked for.
		Object inner = driver.executeScript("return [window.innerWidth, window.innerHeight]");
		if (inner instanceof List<?> size && size.size() == 2) {
			org.openqa.selenium.Dimension outer = driver.manage().window().getSize();
			int dw = width - ((Number) size.get(0)).intValue();
			int dh = height - ((Number) size.get(1)).intValue();
			if (dw != 0 || dh != 0) {
				driver.manage().window().setSize(new org.openqa.selenium.Dimension(outer.getWidth() + dw, outer.getHeight() + dh));
			}
		}
		return driver;
	}

	@Override
	public void close() {
		for (ChromeDriver driver : open) {
			try {
				driver.quit();
			}
			catch (RuntimeException alreadyGone) {
				// A browser that died with its test has nothing left to close.
			}
		}
		for (Path profile : profiles) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException | UncheckedIOException leftForTheSystem) {
				// A temporary folder the system clears.
			}
		}
	}

}

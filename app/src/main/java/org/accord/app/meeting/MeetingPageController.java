package org.accord.app.meeting;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.accord.core.port.in.MeetingPage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The meeting page over HTTP: it only reads the browser's requests and renders what {@link MeetingPage} answers.
 * Every answer carries headers that keep the link and the page to the room: no referrer (the link is the key), no
 * cache, no framing, and a content policy that runs only the page's own script and loads nothing from elsewhere.
 */
@Controller
class MeetingPageController {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MeetingPage meeting;

	MeetingPageController(MeetingPage meeting) {
		this.meeting = meeting;
	}

	@GetMapping(path = "/meeting/{token}", produces = MediaType.TEXT_HTML_VALUE)
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		return render(meeting.open(token), token, null, model, response);
	}

	/** What open copies of the page poll: a word that changes whenever the page does. */
	@GetMapping(path = "/meeting/{token}/stamp", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> stamp(@PathVariable String token) {
		String stamp = meeting.stamp(token);
		if (stamp == null) {
			// Whether the link is unknown or ended, the open page says the same: it has ended here.
			return ResponseEntity.status(HttpStatus.FORBIDDEN).cacheControl(CacheControl.noStore()).body("ended");
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(stamp);
	}

	@PostMapping(path = "/meeting/{token}/settle", produces = MediaType.TEXT_HTML_VALUE)
	String settle(@PathVariable String token, @RequestParam(name = "criterion", required = false) String criterion,
			@RequestParam(name = "level", required = false) String level,
			@RequestParam(name = "note", required = false) String note, Model model, HttpServletResponse response) {
		MeetingPage.Done done = meeting.settle(token, criterion, level, note);
		if (!done.done()) {
			// Kept in the form, so that what the chair wrote is not lost with the refusal.
			model.addAttribute("keptLevel", level);
			model.addAttribute("keptNote", note);
			model.addAttribute("keptFor", criterion);
		}
		return render(meeting.open(token), token, done, model, response);
	}

	@PostMapping(path = "/meeting/{token}/endorse", produces = MediaType.TEXT_HTML_VALUE)
	String endorse(@PathVariable String token, Model model, HttpServletResponse response) {
		// Asked first, then the page: the page must show what the request did.
		MeetingPage.Done done = meeting.askForEndorsement(token);
		return render(meeting.open(token), token, done, model, response);
	}

	private static String render(MeetingPage.Opened opened, String token, MeetingPage.Done done, Model model,
			HttpServletResponse response) {
		String nonce = Base64.getEncoder().encodeToString(bytes());
		guard(response, nonce);
		if (opened instanceof MeetingPage.Opened.Shown shown) {
			MeetingPage.View view = shown.view();
			Map<String, String> charts = new LinkedHashMap<>();
			view.items().forEach(i -> {
				if (i.chart() != null) {
					charts.put(i.id(), "data:image/png;base64," + Base64.getEncoder().encodeToString(i.chart()));
				}
			});
			model.addAttribute("view", view);
			model.addAttribute("charts", charts);
			model.addAttribute("base", "/meeting/" + token);
			model.addAttribute("nonce", nonce);
			model.addAttribute("said", done == null ? null : PageText.plain(done.message()));
			model.addAttribute("saidOk", done != null && done.done());
			if (done != null && !done.done()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			return "meeting/page";
		}
		boolean ended = opened instanceof MeetingPage.Opened.Ended;
		response.setStatus(ended ? HttpStatus.FORBIDDEN.value() : HttpStatus.NOT_FOUND.value());
		model.addAttribute("ended", ended);
		model.addAttribute("nonce", nonce);
		return "meeting/refused";
	}

	private static byte[] bytes() {
		byte[] b = new byte[18];
		RANDOM.nextBytes(b);
		return b;
	}

	private static void guard(HttpServletResponse response, String nonce) {
		response.setHeader("Content-Security-Policy", "default-src 'none'; img-src data:; style-src 'nonce-" + nonce
				+ "'; script-src 'nonce-" + nonce + "'; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
				+ " base-uri 'none'");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
	}

}

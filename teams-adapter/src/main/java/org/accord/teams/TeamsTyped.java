package org.accord.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import org.accord.core.port.in.Typed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message's words as core reads them. Teams writes a mention as {@code <at>Name</at>} in the text and names
 * the person in a mention entity by their chat id (29:…); Accord knows Teams people by their Azure AD object
 * id, so each mentioned person is looked up in the conversation's roster. The bot's own mention is no word.
 */
final class TeamsTyped {

	private static final Logger log = LoggerFactory.getLogger(TeamsTyped.class);

	private static final Pattern AT = Pattern.compile("<at>[^<]*</at>");

	/** Either the words, or the people Teams could not say who they are. */
	record Read(Typed typed, List<String> unknown) {
	}

	private TeamsTyped() {
	}

	static Read of(TurnContext turn) {
		Activity activity = turn.getActivity();
		String text = activity.getText() == null ? "" : Typed.typedByAPerson(activity.getText());
		String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
		List<Typed.Mentioned> mentions = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		// Core reads mentions in the order they stand in the words, whatever order the entities come in.
		String original = text;
		List<Mention> inOrder = new ArrayList<>(activity.getMentions());
		inOrder.sort(java.util.Comparator.comparingInt(m -> m.getText() == null ? Integer.MAX_VALUE : original.indexOf(m.getText())));
		for (Mention mention : inOrder) {
			ChannelAccount who = mention.getMentioned();
			if (who == null || who.getId() == null || mention.getText() == null || !text.contains(mention.getText())) {
				continue;
			}
			int at = text.indexOf(mention.getText());
			if (who.getId().equals(botId)) {
				text = text.substring(0, at) + " " + text.substring(at + mention.getText().length());
				continue;
			}
			Optional<String> id = aadId(turn, who);
			if (id.isEmpty()) {
				unknown.add(who.getName() == null ? "someone" : who.getName());
			}
			else {
				mentions.add(new Typed.Mentioned(id.get(), who.getName()));
			}
			text = text.substring(0, at) + " " + Typed.MENTIONED + " " + text.substring(at + mention.getText().length());
		}
		// A mention may come without its entity; it says nobody core could act for.
		text = AT.matcher(text).replaceAll(" ").strip();
		return new Read(new Typed(text, mentions), unknown);
	}

	/**
	 * The person as Accord knows Teams people: their Azure AD object id from the roster. The emulator has no
	 * roster and sends no object ids, so there a person is known by their chat id, as their own messages are.
	 */
	private static Optional<String> aadId(TurnContext turn, ChannelAccount who) {
		if (who.getAadObjectId() != null) {
			return Optional.of(who.getAadObjectId());
		}
		if (!"msteams".equals(turn.getActivity().getChannelId())) {
			return Optional.of(who.getId());
		}
		try {
			TeamsChannelAccount member = TeamsInfo.getMember(turn, who.getId()).get(10, TimeUnit.SECONDS);
			return Optional.ofNullable(member == null ? null : member.getObjectId());
		}
		catch (Exception e) {
			log.info("A mentioned Teams user could not be looked up in the roster: {}", e.getClass().getSimpleName());
			return Optional.empty();
		}
	}

}

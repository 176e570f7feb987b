package org.accord.teams;

import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.accord.core.card.Card;
import org.accord.core.card.Form;
import org.accord.core.card.Mention;
import org.accord.core.card.Verbatim;

/**
 * Core's cards as Adaptive Cards (1.5), Teams' own form. Buttons and form submits are Universal Actions
 * (Action.Execute) with the button's encoded intent in their data: a press comes back as an
 * {@code adaptiveCard/action} invoke, whose answer is the pressed card as it is now, updated in place.
 */
public final class AdaptiveCardRenderer {

	public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

	/** The key of a button's intent in its action's data, and the verb of its Action.Execute. */
	public static final String ACTION_KEY = "accord";

	/** The key of a form's context in its submit's data (the inputs come beside it), and the submit's verb. */
	public static final String FORM_KEY = "accordForm";

	private static final Pattern BOLD = Pattern.compile("(?<![*\\w])\\*([^*\\n]+)\\*(?![*\\w])");

	/** Teams' desktop and web clients show at most this many actions of one set. */
	static final int ACTIONS_A_SET = 5;

	private final ObjectMapper json = new ObjectMapper();

	public ObjectNode card(Card card) {
		ObjectNode root = root();
		ArrayNode body = root.putArray("body");
		boolean separate = false;
		for (Card.Part part : card.parts()) {
			if (part instanceof Card.Part.Divider) {
				separate = true;
				continue;
			}
			ObjectNode element = element(part);
			if (separate) {
				element.put("separator", true).put("spacing", "Medium");
				separate = false;
			}
			body.add(element);
		}
		mentions(root, card);
		return root;
	}

	/**
	 * Teams shows an {@code <at>name</at>} in a card as a mention only when the card lists it among its
	 * entities with the person's id; a person whose name Accord does not know is written as words instead.
	 */
	private void mentions(ObjectNode root, Card card) {
		java.util.Map<String, Mention.Person> people = new java.util.LinkedHashMap<>();
		for (Card.Part part : card.parts()) {
			for (String text : texts(part)) {
				Mention.in(text).stream().filter(AdaptiveCardRenderer::mentionable)
					.forEach(p -> people.putIfAbsent(p.userId() + "\u0000" + p.name(), p));
			}
		}
		if (people.isEmpty()) {
			return;
		}
		ArrayNode entities = root.putObject("msteams").putArray("entities");
		for (Mention.Person person : people.values()) {
			ObjectNode entity = entities.addObject().put("type", "mention").put("text", at(person.name()));
			entity.putObject("mentioned").put("id", person.userId()).put("name", words(person.name()));
		}
	}

	private static java.util.List<String> texts(Card.Part part) {
		if (part instanceof Card.Part.Heading h) {
			return java.util.List.of(h.text());
		}
		if (part instanceof Card.Part.Text t) {
			return java.util.List.of(t.text());
		}
		if (part instanceof Card.Part.Context c) {
			return java.util.List.of(c.text());
		}
		if (part instanceof Card.Part.Option o) {
			return java.util.List.of(o.text());
		}
		return java.util.List.of();
	}

	/** Teams mentions its own people, by name; a Slack member of a mixed board, or one unnamed, is named in words. */
	private static boolean mentionable(Mention.Person person) {
		return TeamsAddresses.PLATFORM.equals(person.platform()) && person.name() != null;
	}

	private static String at(String name) {
		return "<at>" + words(name) + "</at>";
	}

	public ObjectNode form(Form form) {
		return form(form, Map.of());
	}

	/** The form with each problem under its input, in Teams' attention colour, as Slack shows a refused modal's. */
	public ObjectNode form(Form form, Map<String, String> problems) {
		ObjectNode root = root();
		ArrayNode body = root.putArray("body");
		body.addObject().put("type", "TextBlock").put("text", form.title()).put("weight", "Bolder").put("size", "Medium")
			.put("wrap", true);
		for (Form.Input input : form.inputs()) {
			ObjectNode field = body.addObject().put("id", input.id()).put("label", input.label());
			switch (input.type()) {
				case DATE -> field.put("type", "Input.Date");
				case PERSON -> {
					// The board's people, typed to filter: Teams' directory picker (Data.Query) offers anyone in the tenant,
					// and the Bot Framework client cannot send its "choices.data" key (it reads a dot as a nested object).
					field.put("type", "Input.ChoiceSet").put("isMultiSelect", false).put("style", "filtered").put("isRequired", true)
						.put("errorMessage", "Choose the owner");
					ArrayNode people = field.putArray("choices");
					input.choices().forEach(c -> people.addObject().put("title", c.label()).put("value", c.value()));
				}
				case CHOICE, CHOICES -> {
					// Several chosen come back comma-separated, as Form.Type.CHOICES has them.
					field.put("type", "Input.ChoiceSet").put("isMultiSelect", input.type() == Form.Type.CHOICES).put("style", "compact")
						.put("isRequired", true).put("errorMessage", "Choose one");
					ArrayNode choices = field.putArray("choices");
					input.choices().forEach(c -> choices.addObject().put("title", c.label()).put("value", c.value()));
				}
				case TEXT -> {
					field.put("type", "Input.Text").put("isMultiline", input.multiline()).put("maxLength", input.maxLength());
					if (input.hint() != null) {
						field.put("placeholder", input.hint());
					}
				}
			}
			if (input.initial() != null) {
				field.put("value", input.initial());
			}
			if (input.required()) {
				field.put("isRequired", true);
				if (!field.has("errorMessage")) {
					field.put("errorMessage", input.type() == Form.Type.DATE ? "Pick a date" : "This is needed");
				}
			}
			if (problems.containsKey(input.id())) {
				body.addObject().put("type", "TextBlock").put("text", problems.get(input.id())).put("color", "Attention")
					.put("wrap", true).put("spacing", "None");
			}
		}
		ObjectNode submit = root.putArray("actions").addObject().put("type", "Action.Execute").put("verb", FORM_KEY)
			.put("title", form.submitLabel());
		submit.putObject("data").put(FORM_KEY, form.context());
		return root;
	}

	private ObjectNode root() {
		ObjectNode root = json.createObjectNode();
		root.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json").put("type", "AdaptiveCard").put("version", "1.5");
		return root;
	}

	private ObjectNode element(Card.Part part) {
		ObjectNode element = json.createObjectNode();
		if (part instanceof Card.Part.Heading h) {
			return text(element, h.text()).put("size", "Medium").put("weight", "Bolder");
		}
		if (part instanceof Card.Part.Text t) {
			return text(element, t.text());
		}
		if (part instanceof Card.Part.Context c) {
			return text(element, c.text()).put("isSubtle", true).put("size", "Small");
		}
		if (part instanceof Card.Part.Option o) {
			element.put("type", "ColumnSet");
			ArrayNode columns = element.putArray("columns");
			ObjectNode words = columns.addObject().put("type", "Column").put("width", "stretch");
			text(words.putArray("items").addObject(), o.text());
			ObjectNode button = columns.addObject().put("type", "Column").put("width", "auto").put("verticalContentAlignment",
					"Center");
			ObjectNode set = button.putArray("items").addObject().put("type", "ActionSet");
			set.putArray("actions").add(submit(o.button()));
			return element;
		}
		if (part instanceof Card.Part.Buttons b) {
			// Teams shows only the first few actions of a set; more go in sets of their own, one under another.
			element.put("type", "Container");
			ArrayNode sets = element.putArray("items");
			for (int i = 0; i < b.buttons().size(); i += ACTIONS_A_SET) {
				ArrayNode actions = sets.addObject().put("type", "ActionSet").putArray("actions");
				b.buttons().subList(i, Math.min(b.buttons().size(), i + ACTIONS_A_SET)).forEach(button -> actions.add(submit(button)));
			}
			return element;
		}
		throw new IllegalArgumentException("Unknown card part " + part);
	}

	private ObjectNode submit(Card.Button button) {
		ObjectNode action = json.createObjectNode().put("type", "Action.Execute").put("verb", ACTION_KEY)
			.put("title", Verbatim.plain(button.label()));
		if ("primary".equals(button.style())) {
			action.put("style", "positive");
		}
		else if ("danger".equals(button.style())) {
			action.put("style", "destructive");
		}
		action.putObject("data").put(ACTION_KEY, button.action().encode());
		return action;
	}

	private static ObjectNode text(ObjectNode element, String text) {
		return element.put("type", "TextBlock").put("text", markdown(text)).put("wrap", true);
	}

	/**
	 * Core writes *bold* as Slack does; Adaptive Cards want **bold**. A person named is an {@code <at>} mention
	 * (listed among the card's entities), or their role's words where Accord has no name. People's words are
	 * shown as words: a TextBlock reads markdown, so the link syntax is broken apart ("](" and "<"), and their
	 * asterisks are left alone rather than turned into bold.
	 */
	static String markdown(String text) {
		return Verbatim.render(Verbatim.boldAround(text, "**"), s -> Mention.render(BOLD.matcher(s).replaceAll("**$1**"),
				p -> mentionable(p) ? at(p.name()) : words(Mention.words(p))),
				AdaptiveCardRenderer::words);
	}

	static String words(String s) {
		return s.replace("](", "]\u200B(").replace("<", "<\u200B").replace("[", "[\u200B");
	}

	/** A card's summary as the activity's, which Teams shows in notifications as plain words. */
	public String summary(Card card) {
		return Verbatim.plain(card.summary());
	}

}

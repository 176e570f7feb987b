package org.accord.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.UsersSelectElement;
import com.slack.api.model.block.element.MultiStaticSelectElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import org.accord.core.card.Card;
import org.accord.core.card.Form;
import org.accord.core.card.Mention;
import org.accord.core.card.Verbatim;

/** Core's cards as Block Kit, within Block Kit's limits (a header holds 150 characters, a button 75). */
public final class BlockKitCardRenderer {

	/** Every Accord button's action id starts with this, so one handler takes them all. */
	public static final String ACTION_PREFIX = "accord.";

	/** Every Accord form is one modal kind; what it is for travels in its private metadata. */
	public static final String FORM_CALLBACK = "accord.form";

	static final String INPUT_ACTION = "value";

	private static final int HEADER_MAX = 150;

	private static final int TEXT_MAX = 3000;

	private static final int BUTTON_MAX = 75;

	private static final int TITLE_MAX = 24;

	public List<LayoutBlock> blocks(Card card) {
		List<LayoutBlock> blocks = new ArrayList<>();
		int buttonIndex = 0;
		for (Card.Part part : card.parts()) {
			if (part instanceof Card.Part.Heading h) {
				blocks.add(Verbatim.plain(h.text()).length() <= HEADER_MAX
						? HeaderBlock.builder().text(plain(Verbatim.plain(h.text()))).build()
						: SectionBlock.builder().text(markdown("*" + h.text() + "*")).build());
			}
			else if (part instanceof Card.Part.Text t) {
				blocks.add(SectionBlock.builder().text(markdown(t.text())).build());
			}
			else if (part instanceof Card.Part.Option o) {
				blocks.add(SectionBlock.builder().text(markdown(o.text())).accessory(button(o.button(), buttonIndex++)).build());
			}
			else if (part instanceof Card.Part.Buttons b) {
				List<BlockElement> elements = new ArrayList<>();
				for (Card.Button button : b.buttons()) {
					elements.add(button(button, buttonIndex++));
				}
				blocks.add(ActionsBlock.builder().elements(elements).build());
			}
			else if (part instanceof Card.Part.Context c) {
				blocks.add(ContextBlock.builder().elements(List.of(markdown(c.text()))).build());
			}
			else if (part instanceof Card.Part.Divider) {
				blocks.add(DividerBlock.builder().build());
			}
		}
		return blocks;
	}

	public View modal(Form form) {
		List<LayoutBlock> blocks = new ArrayList<>();
		for (Form.Input input : form.inputs()) {
			BlockElement element = switch (input.type()) {
				case DATE -> DatePickerElement.builder().actionId(INPUT_ACTION).initialDate(input.initial()).build();
				case PERSON -> UsersSelectElement.builder().actionId(INPUT_ACTION).initialUser(input.initial()).build();
				case CHOICE -> choice(input);
				case CHOICES -> choices(input);
				case TEXT -> PlainTextInputElement.builder()
					.actionId(INPUT_ACTION)
					.multiline(input.multiline())
					.maxLength(input.maxLength())
					.initialValue(input.initial())
					.build();
			};
			blocks.add(InputBlock.builder()
				.blockId(input.id())
				.optional(!input.required())
				.label(plain(clip(input.label(), 2000)))
				.hint(input.hint() == null ? null : plain(input.hint()))
				.element(element)
				.build());
		}
		return View.builder()
			.type("modal")
			.callbackId(FORM_CALLBACK)
			.privateMetadata(form.context())
			.title(ViewTitle.builder().type("plain_text").text(clip(form.title(), TITLE_MAX)).build())
			.submit(ViewSubmit.builder().type("plain_text").text(form.submitLabel()).build())
			.close(ViewClose.builder().type("plain_text").text("Cancel").build())
			.blocks(blocks)
			.build();
	}

	/**
	 * A card's one-line summary as a message's {@code text}: Slack reads it as mrkdwn too (notifications, and
	 * clients that show no blocks), so people's words are escaped there as well.
	 */
	public String text(Card card) {
		return mrkdwn(card.summary());
	}

	/** A menu; Slack shows 75 characters of an option's text and takes 150 of its value. */
	private static StaticSelectElement choice(Form.Input input) {
		List<OptionObject> options = new ArrayList<>();
		OptionObject initial = null;
		for (Form.Choice choice : input.choices()) {
			OptionObject option = OptionObject.builder().text(plain(clip(choice.label(), BUTTON_MAX))).value(choice.value()).build();
			options.add(option);
			if (choice.value().equals(input.initial())) {
				initial = option;
			}
		}
		return StaticSelectElement.builder().actionId(INPUT_ACTION).options(options).initialOption(initial).build();
	}

	/** A menu that takes several; what was chosen at first comes pre-selected. */
	private static MultiStaticSelectElement choices(Form.Input input) {
		List<String> initial = input.initial() == null ? List.of() : List.of(input.initial().split(","));
		List<OptionObject> options = new ArrayList<>();
		List<OptionObject> chosen = new ArrayList<>();
		for (Form.Choice choice : input.choices()) {
			OptionObject option = OptionObject.builder().text(plain(clip(choice.label(), BUTTON_MAX))).value(choice.value()).build();
			options.add(option);
			if (initial.contains(choice.value())) {
				chosen.add(option);
			}
		}
		return MultiStaticSelectElement.builder().actionId(INPUT_ACTION).options(options)
			.initialOptions(chosen.isEmpty() ? null : chosen).build();
	}

	private static ButtonElement button(Card.Button button, int index) {
		return ButtonElement.builder()
			.actionId(ACTION_PREFIX + index)
			.text(plain(clip(Verbatim.plain(button.label()), BUTTON_MAX)))
			.value(button.action().encode())
			.style(button.style())
			.build();
	}

	private static PlainTextObject plain(String text) {
		return PlainTextObject.builder().text(text).emoji(true).build();
	}

	private static MarkdownTextObject markdown(String text) {
		return MarkdownTextObject.builder().text(clip(mrkdwn(text), TEXT_MAX)).build();
	}

	/**
	 * Accord's own text is mrkdwn already, people Slack's own mentions; people's words get Slack's three escapes,
	 * so no link or mention survives in them.
	 */
	static String mrkdwn(String text) {
		return Verbatim.render(text, s -> Mention.render(s, p -> SlackAccord.PLATFORM.equals(p.platform()) ? "<@" + p.userId() + ">"
				: escaped(Mention.words(p))),
				s -> s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
	}

	private static String escaped(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}

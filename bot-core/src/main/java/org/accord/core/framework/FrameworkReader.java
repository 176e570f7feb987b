package org.accord.core.framework;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.accord.core.domain.Criterion;
import org.accord.core.domain.Framework;
import org.accord.core.domain.Level;
import org.accord.core.domain.Scale;
import org.accord.core.domain.Section;
import org.accord.core.domain.SubItem;

/**
 * Reads a framework file (YAML) and checks it completely before anything uses it, so that a person who
 * wrote their own framework gets every problem at once, each with the place it was found.
 */
public final class FrameworkReader {

	private static final Pattern FRAMEWORK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

	private static final Set<String> TOP_FIELDS = Set.of("id", "title", "version", "source", "description", "scale",
			"sections");

	private static final Set<String> SCALE_FIELDS = Set.of("source", "levels", "otherAnswers");

	private static final Set<String> LEVEL_FIELDS = Set.of("key", "label", "definition");

	private static final Set<String> SECTION_FIELDS = Set.of("id", "title", "sourceHeading", "criteria");

	private static final Set<String> CRITERION_FIELDS = Set.of("id", "title", "prompts", "tags", "items");

	private static final Set<String> ITEM_FIELDS = Set.of("id", "text");

	private final YAMLMapper yaml = new YAMLMapper();

	public Framework read(String fileName, InputStream in) {
		JsonNode root;
		try {
			root = yaml.readTree(in);
		}
		catch (JsonProcessingException e) {
			String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
					+ e.getLocation().getColumnNr() + ": ";
			throw new FrameworkFileException(fileName, List.of(where + "not valid YAML (" + e.getOriginalMessage().lines().findFirst().orElse("").strip() + ")"));
		}
		catch (IOException e) {
			throw new FrameworkFileException(fileName, List.of("cannot be read (" + e.getMessage() + ")"));
		}
		Check check = new Check();
		Framework framework = framework(root, check);
		if (!check.problems.isEmpty()) {
			throw new FrameworkFileException(fileName, check.problems);
		}
		return framework;
	}

	private Framework framework(JsonNode root, Check check) {
		if (root == null || !root.isObject()) {
			check.problem("(top)", "must be a mapping with id, title, scale and sections");
			return null;
		}
		check.onlyFields(root, "(top)", TOP_FIELDS);
		String id = check.text(root, "id", "(top)");
		if (id != null && !FRAMEWORK_ID.matcher(id).matches()) {
			check.problem("id", "'" + id + "' must be 2-63 lower-case letters, digits or hyphens");
		}
		String title = check.text(root, "title", "(top)");
		String version = check.optionalText(root, "version", "(top)");
		String source = check.optionalText(root, "source", "(top)");
		String description = check.optionalText(root, "description", "(top)");
		Scale scale = scale(root.get("scale"), check);
		List<Section> sections = check.list(root, "sections", "(top)", true, (node, place) -> section(node, place, check));
		Set<String> criterionIds = new HashSet<>();
		Set<String> itemIds = new HashSet<>();
		for (int s = 0; s < sections.size(); s++) {
			Section section = sections.get(s);
			for (int c = 0; c < section.criteria().size(); c++) {
				Criterion criterion = section.criteria().get(c);
				String place = "sections[" + s + "].criteria[" + c + "]";
				if (criterion.id() != null && !criterionIds.add(criterion.id())) {
					check.problem(place + ".id", "'" + criterion.id() + "' is used by another criterion");
				}
				for (int i = 0; i < criterion.items().size(); i++) {
					String itemId = criterion.items().get(i).id();
					if (itemId != null && !itemIds.add(itemId)) {
						check.problem(place + ".items[" + i + "].id", "'" + itemId + "' is used by another item");
					}
				}
			}
		}
		Set<String> sectionIds = new HashSet<>();
		for (int s = 0; s < sections.size(); s++) {
			String sectionId = sections.get(s).id();
			if (sectionId != null && !sectionIds.add(sectionId)) {
				check.problem("sections[" + s + "].id", "'" + sectionId + "' is used by another section");
			}
		}
		return new Framework(id, title, version, source, description, scale, sections);
	}

	private Scale scale(JsonNode node, Check check) {
		if (node == null || !node.isObject()) {
			check.problem("scale", "is missing: give its levels, lowest first, each with key, label and definition");
			return new Scale(null, List.of(), List.of());
		}
		check.onlyFields(node, "scale", SCALE_FIELDS);
		String source = check.optionalText(node, "source", "scale");
		List<Level> levels = check.list(node, "levels", "scale", true, (n, place) -> level(n, place, check));
		if (!levels.isEmpty() && levels.size() < 2) {
			check.problem("scale.levels", "needs at least two levels to rate on");
		}
		List<Level> others = check.list(node, "otherAnswers", "scale", false, (n, place) -> level(n, place, check));
		Set<String> keys = new HashSet<>();
		Set<String> labels = new HashSet<>();
		List<Level> all = new ArrayList<>(levels);
		all.addAll(others);
		for (Level level : all) {
			if (level.key() != null && !keys.add(level.key())) {
				check.problem("scale", "key '" + level.key() + "' is used twice");
			}
			if (level.label() != null && !labels.add(level.label().toLowerCase())) {
				check.problem("scale", "label '" + level.label() + "' is used twice");
			}
		}
		return new Scale(source, levels, others);
	}

	private Level level(JsonNode node, String place, Check check) {
		if (!check.isMapping(node, place)) {
			return new Level(null, null, null);
		}
		check.onlyFields(node, place, LEVEL_FIELDS);
		String key = check.text(node, "key", place);
		if (key != null && !KEY.matcher(key).matches()) {
			check.problem(place + ".key", "'" + key + "' must be letters, digits, '.', '_' or '-'");
		}
		return new Level(key, check.text(node, "label", place), check.text(node, "definition", place));
	}

	private Section section(JsonNode node, String place, Check check) {
		if (!check.isMapping(node, place)) {
			return new Section(null, null, null, List.of());
		}
		check.onlyFields(node, place, SECTION_FIELDS);
		String id = check.text(node, "id", place);
		String title = check.text(node, "title", place);
		String heading = check.optionalText(node, "sourceHeading", place);
		List<Criterion> criteria = check.list(node, "criteria", place, true, (n, p) -> criterion(n, p, check));
		return new Section(id, title, heading, criteria);
	}

	private Criterion criterion(JsonNode node, String place, Check check) {
		if (!check.isMapping(node, place)) {
			return new Criterion(null, null, List.of(), Map.of(), List.of());
		}
		check.onlyFields(node, place, CRITERION_FIELDS);
		String id = check.text(node, "id", place);
		if (id != null && !KEY.matcher(id).matches()) {
			check.problem(place + ".id", "'" + id + "' must be letters, digits, '.', '_' or '-'");
		}
		String title = check.text(node, "title", place);
		List<String> prompts = check.list(node, "prompts", place, false, (n, p) -> check.textValue(n, p));
		Map<String, String> tags = new LinkedHashMap<>();
		JsonNode tagNode = node.get("tags");
		if (tagNode != null && !tagNode.isNull()) {
			if (!tagNode.isObject()) {
				check.problem(place + ".tags", "must be a mapping of names to text");
			}
			else {
				for (Iterator<Map.Entry<String, JsonNode>> it = tagNode.fields(); it.hasNext();) {
					Map.Entry<String, JsonNode> tag = it.next();
					if (!tag.getValue().isValueNode() || tag.getValue().isNull()) {
						check.problem(place + ".tags." + tag.getKey(), "must be text");
					}
					else {
						tags.put(tag.getKey(), tag.getValue().asText());
					}
				}
			}
		}
		List<SubItem> items = check.list(node, "items", place, false, (n, p) -> {
			if (!check.isMapping(n, p)) {
				return new SubItem(null, null);
			}
			check.onlyFields(n, p, ITEM_FIELDS);
			return new SubItem(check.text(n, "id", p), check.text(n, "text", p));
		});
		return new Criterion(id, title, prompts, tags, items);
	}

	/** Collects problems instead of stopping at the first. */
	private static final class Check {

		private final List<String> problems = new ArrayList<>();

		void problem(String place, String what) {
			problems.add(place + ": " + what);
		}

		boolean isMapping(JsonNode node, String place) {
			if (node == null || !node.isObject()) {
				problem(place, "must be a mapping");
				return false;
			}
			return true;
		}

		void onlyFields(JsonNode node, String place, Set<String> allowed) {
			node.fieldNames().forEachRemaining(name -> {
				if (!allowed.contains(name)) {
					problem(place, "unknown field '" + name + "' (expected one of " + String.join(", ", allowed.stream().sorted().toList()) + ")");
				}
			});
		}

		String text(JsonNode parent, String field, String place) {
			JsonNode node = parent.get(field);
			String where = "(top)".equals(place) ? field : place + "." + field;
			if (node == null || node.isNull()) {
				problem(where, "is missing");
				return null;
			}
			return textValue(node, where);
		}

		String optionalText(JsonNode parent, String field, String place) {
			JsonNode node = parent.get(field);
			if (node == null || node.isNull()) {
				return null;
			}
			return textValue(node, "(top)".equals(place) ? field : place + "." + field);
		}

		String textValue(JsonNode node, String place) {
			if (node == null || !node.isValueNode() || node.isNull()) {
				problem(place, "must be text");
				return null;
			}
			String text = node.asText().strip();
			if (text.isEmpty()) {
				problem(place, "is empty");
				return null;
			}
			return text;
		}

		<T> List<T> list(JsonNode parent, String field, String place, boolean required,
				BiFunction<JsonNode, String, T> element) {
			JsonNode node = parent.get(field);
			String where = "(top)".equals(place) ? field : place + "." + field;
			if (node == null || node.isNull()) {
				if (required) {
					problem(where, "is missing");
				}
				return List.of();
			}
			if (!node.isArray()) {
				problem(where, "must be a list");
				return List.of();
			}
			if (required && node.isEmpty()) {
				problem(where, "is empty");
			}
			List<T> result = new ArrayList<>();
			for (int i = 0; i < node.size(); i++) {
				T value = element.apply(node.get(i), where + "[" + i + "]");
				if (value != null) {
					result.add(value);
				}
			}
			return result;
		}

	}

}

package org.accord.core.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accord.core.domain.Framework;

/**
 * The frameworks a partnership can assess itself against. The built-in ones ship as data files inside the
 * jar; every file is read and checked when the catalogue is built, so a broken file stops start-up.
 */
public final class FrameworkCatalog {

	/** The built-in framework files, in the order they are listed to people. */
	public static final List<String> BUILT_IN = List.of("cdrp-2002.yaml", "hallmarks-2007.yaml");

	private static final String RESOURCE_FOLDER = "frameworks/";

	private final Map<String, Framework> byId;

	private final List<Framework> ordered;

	public FrameworkCatalog(Collection<Framework> frameworks) {
		Map<String, Framework> map = new LinkedHashMap<>();
		for (Framework framework : frameworks) {
			if (map.putIfAbsent(framework.id(), framework) != null) {
				throw new IllegalArgumentException("Two frameworks have the id " + framework.id());
			}
		}
		this.byId = Map.copyOf(map);
		this.ordered = List.copyOf(map.values());
	}

	public static FrameworkCatalog builtIn() {
		FrameworkReader reader = new FrameworkReader();
		List<Framework> frameworks = new ArrayList<>();
		for (String file : BUILT_IN) {
			try (InputStream in = FrameworkCatalog.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + file)) {
				if (in == null) {
					throw new FrameworkFileException(file, List.of("is not in the application (expected at "
							+ RESOURCE_FOLDER + file + ")"));
				}
				Framework framework = reader.read(file, in);
				String expectedId = file.substring(0, file.length() - ".yaml".length());
				if (!framework.id().equals(expectedId)) {
					throw new FrameworkFileException(file, List.of("id: '" + framework.id()
							+ "' must match the file name '" + expectedId + "'"));
				}
				frameworks.add(framework);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new FrameworkCatalog(frameworks);
	}

	public List<Framework> all() {
		return ordered;
	}

	public Optional<Framework> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

}

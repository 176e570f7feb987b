package org.accord.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.accord.core.domain.Framework;
import org.accord.core.framework.FrameworkCatalog;
import org.accord.core.framework.FrameworkFileException;
import org.accord.core.framework.FrameworkReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "frameworks", mixinStandardHelpOptions = true,
		description = "List, show or check assessment frameworks.",
		subcommands = { FrameworksCommand.ListFrameworks.class, FrameworksCommand.ShowFramework.class,
				FrameworksCommand.ValidateFramework.class })
class FrameworksCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getOut());
		return 2;
	}

	/** One line per framework, so the output reads in a terminal and greps in a script. */
	static String summary(Framework framework) {
		StringBuilder line = new StringBuilder(framework.id()).append('\t').append(framework.title());
		if (framework.version() != null) {
			line.append(" (").append(framework.version()).append(')');
		}
		line.append('\t').append(framework.sections().size()).append(" sections, ");
		if (framework.subItemCount() > 0) {
			line.append(framework.criterionCount()).append(" items, ").append(framework.subItemCount()).append(" sub-items");
		}
		else {
			line.append(framework.criterionCount()).append(" criteria");
		}
		line.append(", ").append(framework.scale().levels().size()).append(" levels");
		return line.toString();
	}

	@Command(name = "list", description = "One line per built-in framework: id, title and counts.")
	static class ListFrameworks implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			FrameworkCatalog.builtIn().all().forEach(f -> spec.commandLine().getOut().println(summary(f)));
			return 0;
		}

	}

	@Command(name = "show", description = "Print a built-in framework.")
	static class ShowFramework implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "<id>", description = "the framework's id, as in 'frameworks list'")
		String id;

		@Option(names = "--json", description = "print the whole framework as JSON")
		boolean json;

		@Override
		public Integer call() throws IOException {
			FrameworkCatalog catalog = FrameworkCatalog.builtIn();
			var framework = catalog.find(id);
			if (framework.isEmpty()) {
				spec.commandLine().getErr().println("No framework '" + id + "'. Known: "
						+ String.join(", ", catalog.all().stream().map(Framework::id).toList()));
				return 1;
			}
			if (json) {
				spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
					.writeValueAsString(framework.get()));
			}
			else {
				spec.commandLine().getOut().println(summary(framework.get()));
				framework.get().sections().forEach(s -> {
					spec.commandLine().getOut().println(s.id() + " " + s.title());
					s.criteria().forEach(c -> spec.commandLine().getOut().println("  " + c.id() + " " + c.title()));
				});
			}
			return 0;
		}

	}

	@Command(name = "validate", description = "Check a framework file of your own and report every problem.")
	static class ValidateFramework implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "<file>", description = "a framework file (YAML)")
		Path file;

		@Override
		public Integer call() {
			if (!Files.isRegularFile(file)) {
				spec.commandLine().getErr().println(file + ": no such file");
				return 1;
			}
			try (InputStream in = Files.newInputStream(file)) {
				Framework framework = new FrameworkReader().read(file.toString(), in);
				spec.commandLine().getOut().println(file + ": valid");
				spec.commandLine().getOut().println(summary(framework));
				return 0;
			}
			catch (FrameworkFileException e) {
				spec.commandLine().getErr().println(e.getMessage());
				return 1;
			}
			catch (IOException e) {
				spec.commandLine().getErr().println(file + ": cannot be read (" + e.getMessage() + ")");
				return 1;
			}
		}

	}

}

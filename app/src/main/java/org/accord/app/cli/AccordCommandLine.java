package org.accord.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The jar's commands that run and exit: {@code frameworks …}, {@code analyse …} and {@code keys …}. */
@Command(name = "accord", mixinStandardHelpOptions = true,
		subcommands = { FrameworksCommand.class, AnalyseCommand.class, KeysCommand.class },
		description = "Accord's command line. With no arguments the jar runs the server.")
public final class AccordCommandLine {

	private static final Set<String> COMMANDS = Set.of("frameworks", "analyse", "keys", "--help", "-h", "--version", "-V");

	/** The settings, read from the environment as the server reads them (README, "Configuration"). */
	private final Map<String, String> environment;

	private AccordCommandLine(Map<String, String> environment) {
		this.environment = environment;
	}

	String setting(String name, String otherwise) {
		String value = environment.get(name);
		return value == null || value.isBlank() ? otherwise : value.strip();
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, System.getenv(), out, err);
	}

	/** As {@link #run(String[], PrintStream, PrintStream)}, with the settings given rather than read from the environment. */
	public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
		CommandLine commandLine = new CommandLine(new AccordCommandLine(environment));
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

}

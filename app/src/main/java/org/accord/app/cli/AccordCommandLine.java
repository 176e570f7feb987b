package org.accord.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The jar's commands that run and exit: {@code frameworks …} and {@code analyse …}. */
@Command(name = "accord", mixinStandardHelpOptions = true, subcommands = { FrameworksCommand.class, AnalyseCommand.class },
		description = "Accord's command line. With no arguments the jar runs the server.")
public final class AccordCommandLine {

	private static final Set<String> COMMANDS = Set.of("frameworks", "analyse", "--help", "-h", "--version", "-V");

	private AccordCommandLine() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		CommandLine commandLine = new CommandLine(new AccordCommandLine());
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

}

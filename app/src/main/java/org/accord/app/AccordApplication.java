package org.accord.app;

import org.accord.app.cli.AccordCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * With no arguments: the server. With a command (frameworks, analyse): that command, without starting
 * the server or the store, so that it runs in a second and can be used in scripts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AccordApplication {

	public static void main(String[] args) {
		if (AccordCommandLine.handles(args)) {
			System.exit(AccordCommandLine.run(args, System.out, System.err));
		}
		SpringApplication.run(AccordApplication.class, args);
	}

}

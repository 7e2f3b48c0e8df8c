package org.oversight.startup;

import java.io.PrintStream;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a start failed for a known cause as its one line on standard error, ahead of
 * Spring Boot's own failure analysis, which would log a banner and the stack trace. An
 * unknown cause is left to Spring Boot. Registered in {@code META-INF/spring.factories}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OneLineReporter implements SpringBootExceptionReporter {

	private final ConfigurableApplicationContext context;

	public OneLineReporter(ConfigurableApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean reportException(Throwable failure) {
		var line = StartFailures.explain(failure, (this.context != null) ? this.context.getEnvironment() : null);
		if (line.isEmpty()) {
			return false;
		}
		PrintStream err = System.err;
		err.println(line.get());
		err.flush();
		StartFailures.reported(failure);
		return true;
	}

}

package org.oversight.startup;

/**
 * A start stopped for a known cause. The message is the whole story: one line, naming the
 * cause and the option that changes it.
 */
public class StartFailure extends RuntimeException {

	public StartFailure(String line) {
		super(line, null, false, false);
	}

}

package org.accord.core.port.out;

/** Remembers deliveries already handled (a Slack retry carries the same event id), across instances. */
public interface ReceiptPort {

	/** @return true the first time a key is seen, false for every repeat */
	boolean firstTime(String key);

}

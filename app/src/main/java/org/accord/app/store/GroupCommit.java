package org.accord.app.store;

import org.accord.core.store.mongo.WriteBarrier;

/**
 * One commit for the writes that arrive together. A click waits until a commit that began after its write has
 * ended, as it would with a commit of its own; but while one commit runs, every click that arrives waits for the
 * next one, which then covers them all. Under load that is one chunk written for many clicks instead of one each,
 * so the clicks wait less and the file grows less; alone, a click costs what it did.
 */
final class GroupCommit implements WriteBarrier {

	private final Runnable commit;

	/** Barriers asked for, and the highest of them that an ended commit is known to cover. */
	private long asked;

	private long covered;

	private boolean running;

	GroupCommit(Runnable commit) {
		this.commit = commit;
	}

	@Override
	public void afterWrite() {
		long mine;
		synchronized (this) {
			mine = ++asked;
		}
		while (true) {
			long upTo;
			synchronized (this) {
				while (running && covered < mine) {
					try {
						wait();
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException("Interrupted while waiting for the store to commit", e);
					}
				}
				if (covered >= mine) {
					return;
				}
				// Every write asked for so far happened before its barrier was asked for, so this commit covers them.
				running = true;
				upTo = asked;
			}
			boolean done = false;
			try {
				commit.run();
				done = true;
			}
			finally {
				synchronized (this) {
					running = false;
					if (done) {
						covered = Math.max(covered, upTo);
					}
					notifyAll();
				}
			}
		}
	}

}

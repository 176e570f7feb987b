package org.accord.core.store.mongo;

/**
 * Called after a write that is about to be acknowledged to a person. A store that buffers writes (the
 * embedded server commits in the background) makes them durable here; real MongoDB needs nothing, because
 * the driver's write concern already waited for the journal.
 */
@FunctionalInterface
public interface WriteBarrier {

	WriteBarrier NONE = () -> {
	};

	void afterWrite();

}

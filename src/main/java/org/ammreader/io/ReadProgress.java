package org.ammreader.io;

/**
 * Follows the reading of a model file: told how many of its bytes have been read, and asked whether the reading
 * is still wanted. A large model takes seconds to read; the window shows how far it got and lets it be stopped.
 */
public interface ReadProgress {

    /** Nobody is following: nothing is reported, and the reading is never stopped. */
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void read(long bytes, long total) {
            // Nobody to tell.
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code bytes} of the file's {@code total} have been read; called from the thread that reads. */
    void read(long bytes, long total);

    /** Whether the reading is no longer wanted: it then ends with a {@link ReadCancelledException}. */
    boolean isCancelled();
}

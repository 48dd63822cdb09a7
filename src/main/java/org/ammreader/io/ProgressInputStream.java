package org.ammreader.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read from a model file for its {@link ReadProgress}, and stops the reading when that asks to.
 * It tells only when another hundredth of the file has been read, so that following costs nothing.
 */
final class ProgressInputStream extends FilterInputStream {

    private static final int STEPS = 100;

    private final ReadProgress progress;
    private final long total;
    private final String file;
    private long read;
    private long nextReport;

    ProgressInputStream(InputStream in, long total, ReadProgress progress, String file) {
        super(in);
        this.total = total;
        this.progress = progress;
        this.file = file;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        counted(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return counted(super.read(buffer, offset, length));
    }

    private int counted(int bytes) {
        if (progress.isCancelled()) {
            throw new ReadCancelledException(file);
        }
        if (bytes > 0) {
            read += bytes;
            if (read >= nextReport) {
                progress.read(read, total);
                nextReport = read + Math.max(1, total / STEPS);
            }
        }
        return bytes;
    }
}

package org.ammreader.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that readers only ever see the old content or the complete new one: the data goes to a
 * temporary file beside the target, is forced to disk, then moved over the target. On any failure the
 * temporary file is removed and the target is left as it was.
 */
public final class AtomicFiles {

    /** What writes the content; it may fail with an I/O error at any point. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Fails as {@link #write} would if the target's folder is missing, not writable, or the target is a folder:
     * long work (drawing a large picture) checks first, so that it is not done for nothing.
     */
    public static void checkWritable(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "the folder does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "this is a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new AccessDeniedException(folder.toString(), null, "the folder is not writable");
        }
    }

    public static void write(Path target, Writer writer) throws IOException {
        checkWritable(target);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // Not Files.createTempFile: its owner-only permissions would become the finished file's.
        Path temporary = Files.createFile(folder.resolve("." + absolute.getFileName() + "."
                + Long.toHexString(RANDOM.nextLong()) + ".part"));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                // Writers such as Jackson close the stream they are given; the channel must stay open to force it.
                writer.write(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }
}

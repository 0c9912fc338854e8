package dev.accounthealth.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A mistake in what the user gave the tool: a file that cannot be read, a rules directory it
 * will not run, nothing to evaluate. Its message is the whole story, so it has no stack trace.
 */
final class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputError(String message) {
        super(message, null, false, false);
    }

    /** Why a file cannot be read, in the words of a shell rather than of Java's exceptions. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage();
    }
}

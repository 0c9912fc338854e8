package dev.accounthealth.state;

/**
 * Bytes that are not a seller state this library can read: not one at all (another format, a
 * truncated or altered copy), or a version newer than the library. The message says which, and
 * where in the bytes; such bytes never give a report.
 */
public final class SellerStateFormatException extends RuntimeException {
    /** A refusal with its reason. */
    public SellerStateFormatException(String message) {
        super(message);
    }

    /** A refusal with its reason and what caused it. */
    public SellerStateFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

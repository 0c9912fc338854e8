package dev.accounthealth.json.internal;

import java.util.Optional;

/**
 * One line of input, without its line break, and what is wrong with it before any JSON is read.
 *
 * @param text the line; when it is not valid UTF-8, decoded with U+FFFD in place of each bad
 *     sequence; when it is over the length limit, only its beginning
 * @param problem why the line cannot be read as an event, when it cannot
 */
public record Line(String text, Optional<BadField> problem) {

    static Line of(String text) {
        return new Line(text, Optional.empty());
    }

    static Line refused(String text, BadField problem) {
        return new Line(text, Optional.of(problem));
    }
}

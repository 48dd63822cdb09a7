package org.ammreader.viewmodel;

import java.util.Arrays;
import java.util.List;
import org.ammreader.i18n.Messages;

/**
 * A status-bar message as a message key and its arguments, not as text: the window words it in the interface
 * language it has now, so that "Saved maritime.png" becomes « maritime.png enregistré » after a switch to French.
 */
public record Notice(String key, List<Object> args) {

    /** An argument that is itself worded in the interface language, such as why a file cannot be read. */
    public interface Worded {
        String in(Messages messages);
    }

    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, Arrays.asList(args));
    }

    /** The notice's text in {@code messages}' language. */
    public String in(Messages messages) {
        Object[] worded = args.stream().map(arg -> arg instanceof Worded part ? part.in(messages) : arg).toArray();
        return messages.get(key, worded);
    }
}

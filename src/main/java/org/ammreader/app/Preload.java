package org.ammreader.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.ammreader.i18n.Messages;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Model;
import org.ammreader.settings.Settings;
import org.ammreader.settings.SettingsStore;
import org.ammreader.settings.ThemeChoice;
import org.ammreader.ui.theme.DesktopSystemTheme;

/**
 * What the window needs before it can show and that needs no JavaFX — the JSON mapper, the settings, the
 * bundled week and the desktop's light or dark preference — read on a second thread while JavaFX starts, which
 * takes about as long on a cold JVM (about half a second each on a two-core machine; see docs/adr/0008).
 */
final class Preload {

    /** What was read. */
    record Loaded(ObjectMapper mapper, ModelLoader loader, SettingsStore settingsStore,
                  SettingsStore.Loaded settings, Model bundled, Optional<ThemeChoice> systemTheme) {
    }

    private final CompletableFuture<Loaded> loaded = new CompletableFuture<>();

    private Preload() {
    }

    static Preload start() {
        Preload preload = new Preload();
        Thread thread = new Thread(preload::read, "amm-reader-preload");
        thread.setDaemon(true);
        thread.start();
        return preload;
    }

    private void read() {
        // The desktop's preference comes from a command (gsettings: 16 to 290 ms on a loaded two-core machine): it
        // runs beside the reading, not after it.
        CompletableFuture<Optional<ThemeChoice>> systemTheme =
                CompletableFuture.supplyAsync(new DesktopSystemTheme()::read);
        try {
            ObjectMapper mapper = JsonMappers.create();
            ModelLoader loader = new ModelLoader(mapper);
            SettingsStore store = new SettingsStore(SettingsStore.defaultFile(), mapper);
            SettingsStore.Loaded settings = store.load(Settings.defaults(Messages.defaultLanguage()));
            Model bundled = loader.loadBundled();
            loaded.complete(new Loaded(mapper, loader, store, settings, bundled, systemTheme.join()));
        } catch (ModelException | RuntimeException | Error e) {
            loaded.completeExceptionally(e);
        }
    }

    /** Waits for the reading to end; a problem with the bundled week is thrown as it would have been. */
    Loaded get() throws ModelException, InterruptedException {
        try {
            return loaded.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelException problem) {
                throw problem;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        }
    }
}

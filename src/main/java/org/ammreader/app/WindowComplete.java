package org.ammreader.app;

import org.ammreader.ui.main.MainWindow;

/**
 * What the application does once its complete window is on screen (docs/adr/0013). Two system properties, for
 * the benchmark and the build, not for users: {@value #SIGNAL} prints {@value #LINE} on standard output, the
 * moment the start-up benchmark times; {@value #TRAINING} goes through the reader and the briefing preview and
 * quits, the run from which the packaged application's start-up cache is recorded.
 */
final class WindowComplete {

    static final String SIGNAL = "amm-reader.signal-complete";
    static final String TRAINING = "amm-reader.training-run";
    static final String LINE = "amm-reader: window complete";

    private WindowComplete() {
    }

    static void reached(MainWindow window, Runnable quit) {
        if (Boolean.getBoolean(SIGNAL)) {
            System.out.println(LINE);
            System.out.flush();
        }
        if (Boolean.getBoolean(TRAINING)) {
            window.rehearse(quit);
        }
    }
}

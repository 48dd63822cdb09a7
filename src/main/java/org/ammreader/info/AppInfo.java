package org.ammreader.info;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's name and version, as the build wrote them. */
public final class AppInfo {

    private static final Properties PROPERTIES = read();

    private AppInfo() {
    }

    private static Properties read() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static String name() {
        return PROPERTIES.getProperty("name", "AMM Reader");
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "development");
    }
}

package com.rotationrisk.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** The test JVM's class path for a child JVM, also when surefire started the test JVM with a manifest-only jar. */
final class ChildClasspath {

    private ChildClasspath() {
    }

    static String of() {
        String classPath = System.getProperty("java.class.path");
        String[] entries = classPath.split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith(".jar")) {
            List<String> fromManifest = manifestClassPath(Path.of(entries[0]));
            if (!fromManifest.isEmpty()) {
                return String.join(File.pathSeparator, fromManifest);
            }
        }
        return classPath;
    }

    private static List<String> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            List<String> paths = new ArrayList<>();
            if (value != null) {
                URI base = jar.toAbsolutePath().getParent().toUri();
                for (String entry : value.trim().split("\\s+")) {
                    paths.add(Path.of(base.resolve(entry)).toString());
                }
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

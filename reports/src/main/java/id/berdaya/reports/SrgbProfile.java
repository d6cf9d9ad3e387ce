package id.berdaya.reports;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sRGB ICC profile PDF/A's output intent needs, from the JDK itself (no file to ship): written
 * once to a temporary file, since JasperReports reads the profile from a path.
 */
final class SrgbProfile {

    private static volatile String path;

    private SrgbProfile() {
    }

    static String path() {
        String known = path;
        if (known == null) {
            synchronized (SrgbProfile.class) {
                if (path == null) {
                    path = write();
                }
                known = path;
            }
        }
        return known;
    }

    private static String write() {
        try {
            Path file = Files.createTempFile("berdaya-srgb-", ".icc");
            file.toFile().deleteOnExit();
            Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new RenderingException("Cannot write the sRGB profile for PDF/A", e);
        }
    }
}

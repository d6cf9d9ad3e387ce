package id.berdaya.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;

/**
 * The compiled templates, each compiled from its .jrxml on first use and then kept: compiling takes
 * up to a second, filling a compiled one a few milliseconds. Thread-safe; a compiled
 * {@link JasperReport} is immutable and may be filled by many threads at once.
 */
final class TemplateCache {

    static final String ROOT = "id/berdaya/reports/templates/";

    private final ConcurrentMap<String, JasperReport> reports = new ConcurrentHashMap<>();
    private final List<JRTemplate> styles = List.of(loadStyles());

    JasperReport report(String name) {
        // Never called from inside compile(): subreports are looked up separately, so no recursive update.
        return reports.computeIfAbsent(name, TemplateCache::compile);
    }

    /** The shared styles (fonts, table cells), handed to every fill as REPORT_TEMPLATES. */
    List<JRTemplate> styles() {
        return styles;
    }

    private static JasperReport compile(String name) {
        try (InputStream jrxml = open(name + ".jrxml")) {
            return JasperCompileManager.compileReport(jrxml);
        } catch (JRException | IOException e) {
            throw new RenderingException("Report template " + name + " does not compile: " + e.getMessage(), e);
        }
    }

    private static JRTemplate loadStyles() {
        try (InputStream jrtx = open("styles.jrtx")) {
            return JRXmlTemplateLoader.load(jrtx);
        } catch (IOException e) {
            throw new RenderingException("Report styles cannot be read", e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = TemplateCache.class.getClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new RenderingException("Report resource " + ROOT + file + " is not on the class path", null);
        }
        return in;
    }
}

package id.berdaya.reports.targeting;

import id.berdaya.reports.RenderingException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * Renders {@link FieldList}s to PDF from {@code targeting/field-list.jrxml}, compiled once on first
 * use. A plain list without letterhead or number: a working paper for the visit, not a letter.
 */
public final class FieldListRenderer {

    private static final String TEMPLATE = "id/berdaya/reports/templates/targeting/field-list.jrxml";

    private volatile JasperReport compiled;

    public byte[] render(FieldList list) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("LIST", list);
        try {
            return JasperExportManager.exportReportToPdf(JasperFillManager.fillReport(report(), parameters,
                    new JRBeanCollectionDataSource(list.rows())));
        } catch (JRException e) {
            throw new RenderingException("Field list of village " + list.village() + " could not be rendered", e);
        }
    }

    private JasperReport report() {
        JasperReport report = compiled;
        if (report == null) {
            synchronized (this) {
                if (compiled == null) {
                    try (InputStream in = FieldListRenderer.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
                        compiled = JasperCompileManager.compileReport(in);
                    } catch (JRException | java.io.IOException e) {
                        throw new RenderingException("Template " + TEMPLATE + " does not compile", e);
                    }
                }
                report = compiled;
            }
        }
        return report;
    }
}

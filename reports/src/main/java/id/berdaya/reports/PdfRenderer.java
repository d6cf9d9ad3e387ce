package id.berdaya.reports;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Renders {@link Document}s to PDF. One instance serves the whole application: templates are compiled
 * once and cached, and rendering keeps no state between calls, so any number of threads may share it.
 *
 * <p>Every template gets the document as {@code DOC}, its rows as the data source (field {@code row}),
 * the shared parts as compiled subreports ({@code LETTERHEAD}, {@code LETTER_HEADING}, {@code SIGNATURE}, {@code VERIFICATION},
 * plus any named in {@link #SUBREPORTS}) and the QR code of its verification URL as {@code QR_CODE}.
 */
public final class PdfRenderer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    /** Every document template, for {@link #warmUp()}. */
    public static final List<String> DOCUMENT_TEMPLATES = List.of("wrse/decision-letter", "wrse/proposal-list",
            "wrse/handover-minutes", "kubp/loan-approval-letter", "kubp/repayment-statement",
            "kubp/arrears-warning-letter", "kubp/payoff-certificate", "kubp/portfolio-report",
            "gender/beneficiary-summary");
    private static final List<String> SHARED_PARTS = List.of("letterhead", "letter-heading", "signature", "verification");
    /** Subreports a document template needs besides the shared parts, by template. */
    static final Map<String, List<String>> SUBREPORTS = Map.of(
            "kubp/repayment-statement", List.of("kubp/statement-payments"),
            "kubp/loan-approval-letter", List.of("kubp/approval-schedule"));

    private final TemplateCache templates = new TemplateCache();

    /** One document as a PDF. */
    public byte[] render(Document document) {
        return export(List.of(fill(document)), document.template(), Metadata.of(document));
    }

    /** Several documents as one PDF, each keeping its own page numbers ("Halaman 1 dari 2"). */
    public byte[] renderMerged(List<? extends Document> documents) {
        return export(documents.stream().map(this::fill).toList(), "merged documents", Metadata.merged(documents));
    }

    /**
     * A merged PDF built one document at a time, so a long batch can report progress: each
     * {@link MergedPdf#add} fills one document; {@link MergedPdf#toPdf} exports them all at once.
     */
    public MergedPdf merged() {
        return new MergedPdf();
    }

    /** Documents filled so far, exported together. Not thread-safe: one batch, one thread. */
    public final class MergedPdf {

        private final List<JasperPrint> prints = new java.util.ArrayList<>();
        private final List<Document> documents = new java.util.ArrayList<>();

        private MergedPdf() {
        }

        public MergedPdf add(Document document) {
            prints.add(fill(document));
            documents.add(document);
            return this;
        }

        public int size() {
            return prints.size();
        }

        public byte[] toPdf() {
            return export(prints, prints.size() + " merged documents", Metadata.merged(documents));
        }
    }

    /** Compiles every template now (a few seconds), so that no user waits for it later. */
    public void warmUp() {
        SHARED_PARTS.forEach(templates::report);
        DOCUMENT_TEMPLATES.forEach(name -> {
            templates.report(name);
            SUBREPORTS.getOrDefault(name, List.of()).forEach(templates::report);
        });
    }

    /** The compiled template, for tests that check it is compiled only once. */
    JasperReport compiled(String name) {
        return templates.report(name);
    }

    JasperPrint fill(Document document) {
        String name = document.template();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("DOC", document);
        parameters.put("QR_CODE", LosslessImage.of(QrCode.of(document.issue().verificationUrl())));
        parameters.put(JRParameter.REPORT_LOCALE, INDONESIAN);
        parameters.put(JRParameter.REPORT_TEMPLATES, templates.styles());
        for (String part : SHARED_PARTS) {
            parameters.put(parameterName(part), templates.report(part));
        }
        for (String part : SUBREPORTS.getOrDefault(name, List.of())) {
            parameters.put(parameterName(part), templates.report(part));
        }
        try {
            return JasperFillManager.fillReport(templates.report(name), parameters,
                    new JRBeanCollectionDataSource(document.rows(), true));
        } catch (JRException e) {
            throw new RenderingException("Report " + name + " cannot be filled: " + e.getMessage(), e);
        }
    }

    /** "kubp/statement-payments" → "STATEMENT_PAYMENTS". */
    static String parameterName(String template) {
        return template.substring(template.lastIndexOf('/') + 1).replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /**
     * Exported as PDF/A-2b (archivable: fonts embedded, sRGB output intent, XMP metadata), tagged for
     * screen readers, with title, author, subject and language (Indonesian) set.
     */
    private static byte[] export(List<JasperPrint> prints, String what, Metadata metadata) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataCreator("Berdaya");
        configuration.setMetadataTitle(metadata.title());
        configuration.setMetadataAuthor(metadata.author());
        configuration.setMetadataSubject(metadata.subject());
        configuration.setDisplayMetadataTitle(true);
        configuration.setTagged(true);
        configuration.setTagLanguage("id-ID");
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        configuration.setIccProfilePath(SrgbProfile.path());
        // No object streams ("full compression"): the font descriptors stay readable for CidSetRemoval.
        // Page content is compressed all the same.
        configuration.setCompressed(false);
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new RenderingException("PDF export of " + what + " failed: " + e.getMessage(), e);
        }
        return CidSetRemoval.apply(pdf.toByteArray());
    }
}

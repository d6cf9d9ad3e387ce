package id.berdaya.interfaces.reports;

import id.berdaya.reports.Document;
import id.berdaya.reports.PdfRenderer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/**
 * The application's one PDF renderer. Its templates are compiled in the background as soon as the
 * application starts (a few seconds), so the first person to print does not wait for the compiler.
 */
@ApplicationScoped
public class PdfRendering {

    private static final Logger LOG = Logger.getLogger(PdfRendering.class.getName());

    private final PdfRenderer renderer = new PdfRenderer();

    @Resource
    private ManagedExecutorService executor;

    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        executor.submit(() -> {
            long begin = System.nanoTime();
            renderer.warmUp();
            LOG.info(() -> "Report templates compiled in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
        });
    }

    public byte[] pdf(Document document) {
        return renderer.render(document);
    }

    public PdfRenderer.MergedPdf merged() {
        return renderer.merged();
    }
}

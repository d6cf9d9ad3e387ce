package id.berdaya.interfaces.reports;

import id.berdaya.application.letter.LetterRegister;
import id.berdaya.reports.Document;
import id.berdaya.reports.PdfRenderer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The application's one PDF renderer, and the keeper of each letter's PDF as first issued. Its templates are compiled in the background as soon as the
 * application starts (a few seconds), so the first person to print does not wait for the compiler.
 */
@ApplicationScoped
public class PdfRendering {

    private static final Logger LOG = Logger.getLogger(PdfRendering.class.getName());

    private final PdfRenderer renderer = new PdfRenderer();

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private LetterRegister register;

    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        executor.submit(() -> {
            long begin = System.nanoTime();
            renderer.warmUp();
            LOG.info(() -> "Report templates compiled in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
        });
    }

    /**
     * The document's PDF: for a registered letter, the bytes stored when it was first issued (rendered
     * and stored now if this is the first time), so every fetch of a letter gives the same file.
     */
    public byte[] pdf(Document document) {
        Long letterId = document.issue().letterId();
        if (letterId == null) {
            return renderer.render(document);
        }
        return register.archived(letterId)
                .orElseGet(() -> register.archive(letterId, renderer.render(document)))
                .content();
    }

    public PdfRenderer.MergedPdf merged() {
        return renderer.merged();
    }
}

package id.berdaya.interfaces.reports;

import id.berdaya.application.letter.LetterRegister;
import id.berdaya.reports.PdfMerge;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The batch's last step: its statements as issued (each letter's stored PDF), in the batch's order,
 * merged into one PDF or zipped one file per loan, stored with the batch.
 */
@Named
@Dependent
public class StatementBatchAssembly extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(StatementBatchAssembly.class.getName());

    @Inject
    @BatchProperty
    private String batchId;

    @Inject
    private StatementBatchStore store;

    @Inject
    private LetterRegister register;

    @Override
    public String process() throws IOException {
        StatementBatchStore.Row batch = store.find(batchId).orElseThrow();
        List<StatementBatchStore.Item> items = store.items(batchId);
        if (items.isEmpty()) {
            store.failed(batchId, "Tidak ada pinjaman berjalan pada tanggal itu (no loans on the books on that date)");
            return "FAILED";
        }
        byte[] result;
        if (batch.format() == StatementBatch.Format.PDF) {
            List<byte[]> pdfs = new ArrayList<>(items.size());
            for (StatementBatchStore.Item item : items) {
                pdfs.add(pdf(item));
            }
            result = PdfMerge.of(pdfs);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (StatementBatchStore.Item item : items) {
                    zip.putNextEntry(new ZipEntry("angsuran-kubp-" + item.loanId() + "-" + batch.asOf() + ".pdf"));
                    zip.write(pdf(item));
                    zip.closeEntry();
                }
            }
            result = out.toByteArray();
        }
        store.finish(batchId, result, items.size());
        LOG.info(() -> "Statement batch " + batchId + ": " + items.size() + " statements, " + batch.format());
        return "DONE";
    }

    private byte[] pdf(StatementBatchStore.Item item) {
        return register.archived(item.letterId()).orElseThrow(() -> new IllegalStateException(
                "Letter " + item.letterId() + " of loan " + item.loanId() + " has no stored PDF")).content();
    }
}

package id.berdaya.interfaces.registry.web;

import id.berdaya.application.registry.ExtractView;
import id.berdaya.application.registry.RegistryExtractService;
import id.berdaya.application.registry.TargetingService;
import id.berdaya.domain.registry.Registry;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.interfaces.wrse.web.FacesErrors;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The registry jobs page: upload an extract, start a targeting run, and watch every job's progress,
 * counts and errors; stop or restart one. For loan officers and supervisors.
 */
@Named
@ViewScoped
public class RegistryJobsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryExtractService extracts;

    @Inject
    private TargetingService targeting;

    @Inject
    private FacesErrors errors;

    private String registry = "DTSEN";
    private LocalDate asOf = WrseProgramme.today(Instant.now());
    private transient UploadedFile file;
    private String regencyCode = "6402";
    private LocalDate applicationDate = WrseProgramme.today(Instant.now());

    public List<String> getRegistries() {
        return Arrays.stream(Registry.values()).map(Registry::name).toList();
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            errors.show(new id.berdaya.domain.shared.InvalidInputException("file", "Choose a CSV file",
                    "Pilih berkas CSV"), "upload");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            ExtractView started = extracts.upload(registry, asOf == null ? null : asOf.toString(), "text/csv",
                    file.getSize(), in);
            info("upload.started", started.id(), started.registry());
        } catch (RuntimeException e) {
            errors.show(e, "upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void startRun() {
        try {
            TargetingService.RunView run = targeting.start(regencyCode, applicationDate);
            info("run.started", run.id(), run.regencyCode());
        } catch (RuntimeException e) {
            errors.show(e, "run");
        }
    }

    public List<ExtractRow> getExtracts() {
        return extracts.latest(20).stream().map(ExtractRow::new).toList();
    }

    public List<RunRow> getRuns() {
        return targeting.latest(20).stream().map(RunRow::new).toList();
    }

    public void stopExtract(long id) {
        act(() -> extracts.stop(id), "upload.stopped", id);
    }

    public void restartExtract(long id) {
        act(() -> extracts.restart(id), "upload.restarted", id);
    }

    public void stopRun(long id) {
        act(() -> targeting.stop(id), "run.stopped", id);
    }

    public void restartRun(long id) {
        act(() -> targeting.restart(id), "run.restarted", id);
    }

    /** A stop or restart, then a line saying so (or the refusal, e.g. a job that already ended). */
    private void act(Runnable action, String key, long id) {
        try {
            action.run();
            info(key, String.valueOf(id));
        } catch (RuntimeException e) {
            errors.show(e, "jobs");
        }
    }

    public void downloadRejections(long id) throws IOException {
        download("penolakan-" + id + ".csv", "text/csv; charset=UTF-8", out -> extracts.writeRejections(id, out));
    }

    public void downloadCandidates(long id) throws IOException {
        download("kandidat-wrse-" + id + ".csv", "text/csv; charset=UTF-8", out -> {
            out.write("nik,nama,kecamatan,desa,skor,perlu_dicek\n");
            targeting.eachCandidate(id, null, null, c -> {
                try {
                    out.write(String.join(",", c.nikMasked(), '"' + c.fullName().replace("\"", "\"\"") + '"',
                            c.districtCode() == null ? "" : c.districtCode(), c.villageCode() == null ? "" : c.villageCode(),
                            Integer.toString(c.score()), String.join(" ", c.toCheck())) + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
    }

    private void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = java.util.ResourceBundle.getBundle("id.berdaya.interfaces.i18n.registry", faces.getViewRoot().getLocale())
                .getString(key);
        faces.addMessage(null, new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                java.text.MessageFormat.format(text, arguments), null));
    }

    private interface Body {
        void write(Writer out) throws IOException;
    }

    private static void download(String name, String type, Body body) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        body.write(out);
        out.flush();
        faces.responseComplete();
    }

    /** An import as a table row (EL reads getters, not record components). */
    public static final class ExtractRow {
        private final ExtractView v;

        ExtractRow(ExtractView v) {
            this.v = v;
        }

        public long getId() { return v.id(); }
        public String getRegistry() { return v.registry(); }
        public String getAsOf() { return v.asOf().toString(); }
        public String getStatus() { return v.status(); }
        public int getPercent() { return v.percent(); }
        public String getProgress() { return v.linesDone() + " / " + v.dataLines(); }
        public String getAccepted() { return v.accepted() == null ? "–" : v.accepted().toString(); }
        public String getRejected() { return v.rejected() == null ? "–" : v.rejected().toString(); }
        public String getUnchanged() { return v.unchanged() == null ? "–" : v.unchanged().toString(); }
        public String getUploadedBy() { return v.uploadedBy(); }
        public boolean isRunning() { return "STARTED".equals(v.status()); }
        public boolean isRestartable() { return "STOPPED".equals(v.status()) || "FAILED".equals(v.status()); }
        public boolean isHasRejections() { return v.rejected() != null && v.rejected() > 0; }
    }

    /** A targeting run as a table row. */
    public static final class RunRow {
        private final TargetingService.RunView v;

        RunRow(TargetingService.RunView v) {
            this.v = v;
        }

        public long getId() { return v.id(); }
        public String getRegencyCode() { return v.regencyCode(); }
        public String getApplicationDate() { return v.applicationDate().toString(); }
        public String getStatus() { return v.status(); }
        public int getPercent() {
            return v.peopleTotal() == 0 ? 100 : (int) Math.min(100, v.screened() * 100 / v.peopleTotal());
        }
        public String getProgress() { return v.screened() + " / " + v.peopleTotal(); }
        public String getCandidates() { return v.candidates() == null ? "–" : v.candidates().toString(); }
        public String getExcluded() { return v.excluded() == null ? "–" : v.excluded().toString(); }
        public String getByCriterion() {
            return String.join(", ", v.byCriterion().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        }
        public boolean isRunning() { return "STARTED".equals(v.status()); }
        public boolean isRestartable() { return "STOPPED".equals(v.status()) || "FAILED".equals(v.status()); }
        public boolean isCompleted() { return "COMPLETED".equals(v.status()); }
    }

    public String getRegistry() { return registry; }
    public void setRegistry(String registry) { this.registry = registry; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public String getRegencyCode() { return regencyCode; }
    public void setRegencyCode(String regencyCode) { this.regencyCode = regencyCode; }
    public LocalDate getApplicationDate() { return applicationDate; }
    public void setApplicationDate(LocalDate applicationDate) { this.applicationDate = applicationDate; }
}

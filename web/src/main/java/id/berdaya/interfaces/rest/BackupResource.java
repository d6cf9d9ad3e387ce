package id.berdaya.interfaces.rest;

import id.berdaya.application.backup.BackupService;
import id.berdaya.domain.security.Role;
import id.berdaya.infrastructure.backup.BackupInfo;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Online backups, for supervisors and administrators: {@code POST /api/backups} makes one now (the
 * database snapshot and the stored documents, in one archive in the backup directory) and answers
 * 201 with it; {@code GET /api/backups} lists them, newest first. A backup that cannot be made
 * (pg_dump missing, disk full) answers 503 with the reason.
 */
@Path("backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class BackupResource {

    private static final Logger LOG = Logger.getLogger(BackupResource.class.getName());

    public record BackupView(String fileName, Instant createdAt, String database, String schemaVersion, long sizeBytes,
            String createdBy, String trigger, int documents) {

        static BackupView of(BackupInfo b) {
            return new BackupView(b.fileName(), b.createdAt(), b.database(), b.schemaVersion(), b.sizeBytes(), b.createdBy(),
                    b.trigger(), b.documents());
        }
    }

    public record BackupsView(boolean nightly, String nightlyAt, int keep, String directory, List<BackupView> backups) {
    }

    @Inject
    private BackupService backups;

    @POST
    public Response create() {
        try {
            return Response.status(Response.Status.CREATED).entity(BackupView.of(backups.backUpNow())).build();
        } catch (EJBException | UncheckedIOException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (!(cause instanceof UncheckedIOException io)) {
                throw e;
            }
            LOG.log(Level.SEVERE, "Backup failed", io);
            return ErrorMappers.error(Response.Status.SERVICE_UNAVAILABLE, "The backup failed: " + io.getCause().getMessage());
        }
    }

    @GET
    public BackupsView list() {
        BackupService.Schedule s = backups.schedule();
        return new BackupsView(s.nightly(), s.at(), s.keep(), s.directory(),
                backups.recent().stream().map(BackupView::of).toList());
    }
}

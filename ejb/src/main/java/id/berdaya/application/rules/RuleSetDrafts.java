package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRepository;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.rules.table.ParameterTable;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Policy staff's drafts: created from any version, saved whole (a save based on an outdated copy is
 * told to reload), the parameter table replaced by an uploaded spreadsheet, or discarded. Nothing
 * here touches the rules in force.
 */
@Stateless
@RolesAllowed(Role.Names.POLICY_STAFF)
public class RuleSetDrafts {

    private static final Logger LOG = Logger.getLogger(RuleSetDrafts.class.getName());

    @Inject
    private RuleSetRepository ruleSets;

    @Resource
    private SessionContext context;

    /** A new draft with the content of version {@code basedOn}, or of the version in force when null. */
    public RuleSetRevision create(RuleSetKind kind, Integer basedOn, String reason) {
        RuleSetRevision source = basedOn == null
                ? ruleSets.inForce(kind).orElseThrow(() -> new NotFoundException("Rule set version in force", kind.slug()))
                : load(kind, basedOn);
        RuleSetRevision draft = RuleSetRevision.draftFrom(source, ruleSets.nextNumber(kind), caller(), reason, Instant.now());
        ruleSets.add(draft);
        ruleSets.flush();
        LOG.info(() -> "Rule set " + kind + ": draft " + draft.getNumber() + " created by " + draft.getAuthor()
                + " from version " + source.getNumber());
        return draft;
    }

    public RuleSetRevision save(RuleSetKind kind, int number, DraftContent content) {
        RuleSetRevision draft = load(kind, number);
        requireTechnicianForRuleText(draft.getFiles(), content.files());
        DraftChecks.check(kind, content.files(), content.testCases());
        draft.edit(content.lockVersion(), caller(), content.reason(), content.files(), content.testCases(),
                RuleSetContent.contentId(kind, content.files()), Instant.now());
        flush(draft);
        return draft;
    }

    /** Replaces (or adds) the draft's parameter table with an uploaded CSV; a wrong column is a 400 naming it. */
    public RuleSetRevision replaceParameterTable(RuleSetKind kind, int number, long lockVersion, String csv) {
        DraftChecks.checkParameterTable(csv);
        RuleSetRevision draft = load(kind, number);
        List<RuleFile> files = new ArrayList<>(draft.getFiles());
        String path = files.stream().map(RuleFile::getPath).filter(ParameterTable::isParameterTable).findFirst()
                .orElse(RuleSetContent.parameterTablePath(kind));
        files.removeIf(f -> f.getPath().equals(path));
        files.add(0, new RuleFile(path, csv));
        return save(kind, number, new DraftContent(lockVersion, draft.getReason(), files, draft.getTestCases()));
    }

    public void discard(RuleSetKind kind, int number, long lockVersion) {
        RuleSetRevision draft = load(kind, number);
        if (!draft.isDraft()) {
            throw new StateConflictException("Version " + number + " is " + draft.getStatus() + ", not a draft",
                    "Versi " + number + " bukan draf");
        }
        draft.requireLockVersion(lockVersion);
        ruleSets.remove(draft);
        LOG.info(() -> "Rule set " + kind + ": draft " + number + " discarded by " + caller());
    }

    private RuleSetRevision load(RuleSetKind kind, int number) {
        return ruleSets.findWithContent(kind, number)
                .orElseThrow(() -> new NotFoundException("Rule set version", kind.slug() + "/" + number));
    }

    /** Two saves of the same lock version at once: the database lets one through, the other reloads. */
    private void flush(RuleSetRevision draft) {
        try {
            ruleSets.flush();
        } catch (OptimisticLockException e) {
            throw new StateConflictException("Version " + draft.getNumber() + " was saved by someone else at the same "
                    + "moment; reload it and make your change again", "Versi " + draft.getNumber()
                            + " disimpan orang lain pada saat yang sama; muat ulang lalu ulangi perubahan Anda");
        }
    }

    /**
     * Free-form rule text (a DRL file added, changed or removed) is a RULE_TECHNICIAN's change, never an
     * ordinary policy-staff one: policy staff change values, rows and texts, which the code turns into
     * rule text itself. (Whoever writes it, the safety check still refuses anything outside the fact model.)
     */
    private void requireTechnicianForRuleText(List<RuleFile> before, List<RuleFile> after) {
        if (context.isCallerInRole(Role.Names.RULE_TECHNICIAN)) {
            return;
        }
        java.util.Map<String, String> old = new java.util.HashMap<>();
        before.stream().filter(f -> f.getPath().endsWith(".drl")).forEach(f -> old.put(f.getPath(), f.getContent()));
        java.util.Map<String, String> now = new java.util.HashMap<>();
        after.stream().filter(f -> f.getPath().endsWith(".drl")).forEach(f -> now.put(f.getPath(), f.getContent()));
        if (!old.equals(now)) {
            throw new jakarta.ejb.EJBAccessException("Only a rule technician (RULE_TECHNICIAN) may change rule text (DRL); "
                    + "policy staff change parameters, criteria rows, reasons and test cases");
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}

package id.berdaya.application.wrse;

import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.domain.wrse.Circumstance;
import id.berdaya.domain.wrse.CodeListRepository;
import id.berdaya.domain.wrse.Inputs;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The circumstance code list: read by every staff form that records or tests circumstances, extended
 * by POLICY_STAFF (a circumstance once added stays: applications and rule rows refer to it). A new
 * circumstance can then be recorded at intake at once and used in criteria and score rows, which go
 * through the rule set's draft and approval as always.
 */
@Stateless
public class CircumstanceService {

    private static final Logger LOG = Logger.getLogger(CircumstanceService.class.getName());

    @Inject
    private CodeListRepository codes;

    @Resource
    private SessionContext context;

    @PermitAll
    public List<Circumstance> list() {
        return codes.circumstances();
    }

    /** What a reader may see: everything for the loan officer and supervisor, else the confidential ones hidden. */
    @PermitAll
    public Confidentiality confidentiality(boolean loanOfficer, boolean supervisor) {
        return Circumstance.mayView(loanOfficer, supervisor) ? Confidentiality.NONE : forDocuments();
    }

    /** For letters, lists, exports and the verification page: every confidential circumstance hidden. */
    @PermitAll
    public Confidentiality forDocuments() {
        return new Confidentiality(codes.circumstances().stream().filter(Circumstance::confidential).toList());
    }

    /** Adds a circumstance; a malformed code or an empty label is a 400 naming the field, a known code a 409. */
    @RolesAllowed(Role.Names.POLICY_STAFF)
    public Circumstance add(String code, String nameId, String nameEn, boolean confidential) {
        String checkedCode = Inputs.requiredText("code", code, 30);
        Inputs.check(checkedCode.matches(Circumstance.CODE_PATTERN), "code",
                "the code is 3 to 30 capitals, digits or underscores, starting with a letter (e.g. FORMER_MIGRANT_WORKER)",
                "kode terdiri dari 3 sampai 30 huruf kapital, angka atau garis bawah, diawali huruf (mis. FORMER_MIGRANT_WORKER)");
        Circumstance circumstance = new Circumstance(checkedCode, Inputs.requiredText("nameId", nameId, 150),
                Inputs.requiredText("nameEn", nameEn, 150), confidential);
        if (codes.isCircumstance(checkedCode)) {
            throw new StateConflictException("Circumstance " + checkedCode + " is already on the list",
                    "Keadaan khusus " + checkedCode + " sudah ada dalam daftar");
        }
        String by = context.getCallerPrincipal().getName();
        codes.addCircumstance(circumstance, by, Instant.now());
        LOG.info(() -> "Circumstance " + checkedCode + (confidential ? " (confidential)" : "") + " added by " + by);
        return circumstance;
    }
}

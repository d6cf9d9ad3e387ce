package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleSetActivation;
import id.berdaya.domain.rules.RuleSetDiff;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRepository;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.infrastructure.rules.RuleEngine;
import id.berdaya.infrastructure.rules.programme.RuleSetProgramme;
import id.berdaya.infrastructure.rules.programme.RuleSetProgrammes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reading the rule sets: what is in force, every version with who, when and why, and diffs. */
@Stateless
@RolesAllowed({Role.Names.POLICY_STAFF, Role.Names.SUPERVISOR})
public class RuleSetCatalog {

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private RuleEngine engine;

    public List<RuleSetOverview> overview() {
        List<RuleSetOverview> overview = new ArrayList<>();
        List<RuleSetActivation> pending = ruleSets.pendingActivations();
        for (RuleSetKind kind : RuleSetKind.values()) {
            List<RuleSetRevision> versions = ruleSets.versions(kind);
            RuleSetProgramme<?> programme = RuleSetProgrammes.of(kind);
            overview.add(new RuleSetOverview(kind, programme.nameIndonesian(), programme.nameEnglish(),
                    ruleSets.inForce(kind).orElse(null),
                    engine.versionInForce(kind).versionId(),
                    pending.stream().filter(a -> a.getKind() == kind).toList(),
                    versions.size(), (int) versions.stream().filter(RuleSetRevision::isDraft).count()));
        }
        return overview;
    }

    public RuleSetOverview overview(RuleSetKind kind) {
        return overview().stream().filter(o -> o.kind() == kind).findFirst().orElseThrow();
    }

    /** Every version, newest first, without files. */
    public List<RuleSetRevision> versions(RuleSetKind kind) {
        return ruleSets.versions(kind);
    }

    /** One version with its files and test cases. */
    public RuleSetRevision version(RuleSetKind kind, int number) {
        return ruleSets.findWithContent(kind, number)
                .orElseThrow(() -> new NotFoundException("Rule set version", kind.slug() + "/" + number));
    }

    /** The activations (publications, rollbacks), newest first: when each version went into force. */
    public List<RuleSetActivation> history(RuleSetKind kind) {
        return ruleSets.activations(kind);
    }

    /** The stored versions whose rules carry a content id, as recorded with each decision. */
    public List<RuleSetRevision> versionsWithContentId(RuleSetKind kind, String contentId) {
        return ruleSets.withContentId(kind, contentId);
    }

    public RuleSetDiff diff(RuleSetKind kind, int from, int to) {
        return RuleSetDiff.between(version(kind, from), version(kind, to));
    }

    public List<RuleSetKind> kinds() {
        return Arrays.asList(RuleSetKind.values());
    }
}

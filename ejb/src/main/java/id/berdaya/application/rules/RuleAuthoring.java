package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRepository;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.rules.TestCase;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.domain.wrse.Circumstance;
import id.berdaya.domain.wrse.CodeListRepository;
import id.berdaya.infrastructure.rules.programme.RuleSetProgramme;
import id.berdaya.infrastructure.rules.programme.RuleSetProgrammes;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.authoring.CodeLists;
import id.berdaya.rules.authoring.ConditionTemplate;
import id.berdaya.rules.authoring.CriterionRow;
import id.berdaya.rules.authoring.ParameterDefinition;
import id.berdaya.rules.authoring.ParameterValue;
import id.berdaya.rules.authoring.Programme;
import id.berdaya.rules.authoring.ReasonText;
import id.berdaya.rules.authoring.RuleSetModel;
import id.berdaya.rules.authoring.RuleSetModelFile;
import id.berdaya.rules.authoring.RuleSetModelValidator;
import id.berdaya.rules.authoring.ScoreRow;
import id.berdaya.rules.authoring.ScoreTemplate;
import id.berdaya.rules.authoring.KubpTestCaseRow;
import id.berdaya.rules.authoring.TestCaseRows;
import id.berdaya.rules.authoring.ValidationProblem;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rules as data for policy staff (issue 14): the structured content of a version (parameters, criteria
 * rows, score rows, reason catalogue, test cases), checked field by field, saved into a draft whose rule
 * files the code generates. Test runs, impact and approval of the draft stay with {@link RuleSetChecks}
 * and {@link RuleSetPublication}. See docs/rule-authoring-model.md.
 */
@Stateless
@RolesAllowed({Role.Names.POLICY_STAFF, Role.Names.SUPERVISOR})
public class RuleAuthoring {

    /** Where a version keeps its structured content, beside the files generated from it. */
    static String modelPath(RuleSetKind kind) {
        return RuleSetProgrammes.of(kind).folder() + "/" + RuleSetModelFile.FILE_NAME;
    }

    /** The building blocks of the forms: parameter schema, condition and score templates, code lists. */
    public record AuthoringPalette(Programme programme, List<ParameterDefinition> parameters, List<ConditionTemplate> conditions,
            List<ScoreTemplate> scores, CodeLists codeLists) {

        /** Whether criteria (and their test cases) are authored as rows, not the parameters alone. */
        public boolean criteriaAsRows() {
            return !conditions.isEmpty();
        }
    }

    /** One difference between a draft's content and the content in force, in rows and values. */
    public record ModelChange(String area, String key, String change, String before, String after) {
    }

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private CodeListRepository codes;

    @Resource
    private SessionContext context;

    public AuthoringPalette palette(RuleSetKind kind) {
        RuleSetProgramme<?> programme = RuleSetProgrammes.of(kind);
        return new AuthoringPalette(programme.schema(), programme.schema().getParameters(), programme.conditionTemplates(),
                programme.scoreTemplates(), codeLists());
    }

    /** The structured content of a version: its own, or (for a version written as rule text) the defaults. */
    public RuleSetModel content(RuleSetKind kind, int number) {
        return contentOf(load(kind, number));
    }

    /** As-you-type validation: the problems of a model, each naming its field. Nothing is saved. */
    public List<ValidationProblem> check(RuleSetKind kind, RuleSetModel model) {
        requireProgramme(kind, model);
        return RuleSetModelValidator.validate(model, codeLists());
    }

    /**
     * Saves a draft's structured content and regenerates its rule files. A bad value is a 400 naming its
     * field; nothing is saved then.
     */
    @RolesAllowed(Role.Names.POLICY_STAFF)
    public RuleSetRevision saveContent(RuleSetKind kind, int number, long lockVersion, String reason, RuleSetModel model) {
        RuleSetRevision draft = load(kind, number);
        if (!draft.isDraft()) {
            throw new StateConflictException("Version " + number + " is not a draft", "Versi " + number + " bukan draf");
        }
        List<ValidationProblem> problems = check(kind, model);
        if (!problems.isEmpty()) {
            ValidationProblem first = problems.get(0);
            throw new InvalidInputException(first.getField(), first.getMessageEn()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), first.getMessageId());
        }
        RuleSetProgramme<?> programme = RuleSetProgrammes.of(kind);
        List<RuleFile> files = new ArrayList<>();
        files.add(new RuleFile(modelPath(kind), RuleSetModelFile.write(withoutTestCases(model))));
        files.addAll(programme.generate(model, draft.getFiles(), codeLists()));
        List<TestCase> testCases = RuleSetContent.testCases(programme.testCases(model));
        DraftChecks.check(kind, files, testCases);
        draft.edit(lockVersion, caller(), reason == null ? draft.getReason() : reason, files, testCases,
                RuleSetContent.contentId(kind, files), Instant.now());
        ruleSets.flush();
        return draft;
    }

    /** The rule files generated from the version's content, read-only (the structured content file left out). */
    public List<RuleSource> generatedRules(RuleSetKind kind, int number) {
        return RuleSetContent.sources(load(kind, number).getFiles()).stream().filter(s -> !s.isModel()).toList();
    }

    /** The approver's diff: what the version changes against the one in force, in rows and values. */
    public List<ModelChange> diff(RuleSetKind kind, int number) {
        RuleSetModel draft = content(kind, number);
        RuleSetModel inForce = ruleSets.inForce(kind).map(this::contentOf).orElseGet(() -> defaults(kind, List.of()));
        List<ModelChange> changes = new ArrayList<>();
        compare("parameters", map(inForce.getParameters(), ParameterValue::getCode, ParameterValue::getValue),
                map(draft.getParameters(), ParameterValue::getCode, ParameterValue::getValue), changes);
        compare("criteria", map(inForce.getCriteria(), CriterionRow::getCode, c -> c.getTemplate() + " " + c.getArguments()),
                map(draft.getCriteria(), CriterionRow::getCode, c -> c.getTemplate() + " " + c.getArguments()), changes);
        List<String> orderBefore = inForce.getCriteria().stream().map(CriterionRow::getCode).toList();
        List<String> orderAfter = draft.getCriteria().stream().map(CriterionRow::getCode).toList();
        if (!orderBefore.equals(orderAfter)) {
            changes.add(new ModelChange("criteria", "order", "CHANGED", String.join(", ", orderBefore), String.join(", ", orderAfter)));
        }
        compare("scores", map(inForce.getScores(), ScoreRow::getCode, s -> s.getTemplate() + " " + s.getArguments() + " +" + s.getPoints()),
                map(draft.getScores(), ScoreRow::getCode, s -> s.getTemplate() + " " + s.getArguments() + " +" + s.getPoints()), changes);
        compare("reasons", map(inForce.getReasons(), ReasonText::getKey, r -> r.getTextId() + " / " + r.getTextEn()),
                map(draft.getReasons(), ReasonText::getKey, r -> r.getTextId() + " / " + r.getTextEn()), changes);
        compare("testCases", map(inForce.getTestCases(), t -> t.getName(), t -> TestCaseRows.toTestCase(t).getInput() + " → " + TestCaseRows.toTestCase(t).getExpected()),
                map(draft.getTestCases(), t -> t.getName(), t -> TestCaseRows.toTestCase(t).getInput() + " → " + TestCaseRows.toTestCase(t).getExpected()), changes);
        compare("testCases", map(inForce.getKubpTestCases(), KubpTestCaseRow::getName, RuleAuthoring::describe),
                map(draft.getKubpTestCases(), KubpTestCaseRow::getName, RuleAuthoring::describe), changes);
        return changes;
    }

    /** A KUBP test case in the approver's terms: the request and what it is expected to give. */
    private static String describe(KubpTestCaseRow row) {
        return "Rp " + row.getPrincipal() + ", " + row.getInstallments() + " angsuran, " + row.getMembersSummary() + " → "
                + (row.isExpectedApprovable() ? "dapat disetujui" : "ditolak: " + String.join(", ", row.getExpectedViolations()));
    }

    // ---------------------------------------------------------------------------------------------

    private RuleSetModel contentOf(RuleSetRevision revision) {
        RuleSetKind kind = revision.getKind();
        RuleSetModel model = revision.getFiles().stream().filter(f -> f.getPath().equals(modelPath(kind))).findFirst()
                .map(f -> RuleSetModelFile.read(f.getContent()))
                .orElseGet(() -> defaults(kind, revision.getFiles()));
        RuleSetProgrammes.of(kind).putTestCases(model, RuleSetContent.ruleTestCases(revision.getTestCases()));
        return model;
    }

    private static RuleSetModel defaults(RuleSetKind kind, List<RuleFile> files) {
        return RuleSetProgrammes.of(kind).defaultModel(files);
    }

    private static RuleSetModel withoutTestCases(RuleSetModel model) {
        RuleSetModel copy = RuleSetModelFile.read(RuleSetModelFile.write(model));
        copy.setTestCases(List.of());
        copy.setKubpTestCases(List.of());
        return copy;
    }

    private static <T> Map<String, String> map(List<T> rows, java.util.function.Function<T, String> key, java.util.function.Function<T, String> value) {
        Map<String, String> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(key.apply(r), value.apply(r)));
        return map;
    }

    private static void compare(String area, Map<String, String> before, Map<String, String> after, List<ModelChange> changes) {
        before.forEach((key, old) -> {
            if (!after.containsKey(key)) {
                changes.add(new ModelChange(area, key, "REMOVED", old, null));
            } else if (!Objects.equals(old, after.get(key))) {
                changes.add(new ModelChange(area, key, "CHANGED", old, after.get(key)));
            }
        });
        after.forEach((key, now) -> {
            if (!before.containsKey(key)) {
                changes.add(new ModelChange(area, key, "ADDED", null, now));
            }
        });
    }

    private static Programme programme(RuleSetKind kind) {
        return RuleSetProgrammes.of(kind).schema();
    }

    private static void requireProgramme(RuleSetKind kind, RuleSetModel model) {
        if (model == null) {
            throw new InvalidInputException("content", "The content is missing", "Isi aturan tidak ada");
        }
        if (model.getProgramme() == null) {
            model.setProgramme(programme(kind).name());
        }
        if (!programme(kind).name().equals(model.getProgramme())) {
            throw new InvalidInputException("programme", "This rule set is for " + programme(kind), "Aturan ini untuk " + programme(kind));
        }
    }

    /** The code lists values are checked against (the reference data; circumstances as policy staff keep them). */
    CodeLists codeLists() {
        return CodeLists.defaults().with(CodeLists.CIRCUMSTANCE,
                codes.circumstances().stream().map(Circumstance::code).toList());
    }

    private RuleSetRevision load(RuleSetKind kind, int number) {
        return ruleSets.findWithContent(kind, number)
                .orElseThrow(() -> new NotFoundException("Rule set version", kind.slug() + "/" + number));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}

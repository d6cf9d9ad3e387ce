package id.berdaya.rules;

import id.berdaya.rules.safety.RuleTextCheck;
import id.berdaya.rules.table.ParameterTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Compiles rule files (DRL, and CSV decision tables) into an in-memory {@link KieBase}. Every build
 * gets its own release id and is removed from the KIE repository once its KieBase exists, so any
 * number of rule-set versions can live side by side in one JVM and an unused one is simply garbage.
 */
public final class RuleSetCompiler {

    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");

    private RuleSetCompiler() {
    }

    /**
     * Checks the sources with {@link RuleTextCheck} (nothing outside the fact model), then compiles them.
     *
     * @throws UnsafeRuleTextException if the safety check refuses any source: nothing was compiled
     * @throws RuleCompilationException if any source has errors (warnings are ignored)
     */
    public static KieBase compile(List<RuleSource> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("A rule set needs at least one rule file");
        }
        List<RuleCompilationError> tableErrors = checkParameterTables(sources);
        if (!tableErrors.isEmpty()) {
            throw new RuleCompilationException(tableErrors);
        }
        // Drools has no sandbox: rule text that names anything outside the fact model never reaches it.
        List<RuleCompilationError> refusals = RuleTextCheck.check(sources);
        if (!refusals.isEmpty()) {
            throw new UnsafeRuleTextException(refusals);
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("id.berdaya.rulesets", "ruleset-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        RuleSetCatalogue catalogue;
        try {
            catalogue = RuleSetCatalogue.of(sources).withParameters(parameterValues(sources));
        } catch (IllegalArgumentException e) {
            throw new RuleCompilationException(List.of(new RuleCompilationError(RuleSetCatalogue.FILE_NAME, 0, 0, e.getMessage())));
        }
        for (RuleSource source : sources) {
            if (!source.isCatalogue() && !source.isModel()) { // data, not rules
                kfs.write(resourceOf(ks, source));
            }
        }
        // Fact classes live in this module, so the rules see them through its class loader.
        ClassLoader classLoader = RuleSetCompiler.class.getClassLoader();
        KieBuilder builder = ks.newKieBuilder(kfs, classLoader).buildAll();
        List<RuleCompilationError> errors = errorsOf(builder);
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        try {
            KieBase kieBase = ks.newKieContainer(releaseId, classLoader).getKieBase();
            RuleSetCatalogue.attach(kieBase, catalogue);
            return kieBase;
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /** The values of the parameter tables: what their rows would insert, read once as data. */
    private static Map<String, String> parameterValues(List<RuleSource> sources) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            if (ParameterTable.isParameterTable(source.getPath())) {
                values.putAll(ParameterTable.read(source.getText()).values());
            }
        }
        return values;
    }

    /** The problems of every parameter table, located in its CSV (Drools would point into generated DRL). */
    public static List<RuleCompilationError> checkParameterTables(List<RuleSource> sources) {
        List<RuleCompilationError> errors = new ArrayList<>();
        for (RuleSource source : sources) {
            if (ParameterTable.isParameterTable(source.getPath())) {
                ParameterTable.read(source.getText()).getProblems()
                        .forEach(problem -> errors.add(problem.toCompilationError(source.getPath())));
            }
        }
        return errors;
    }

    private static Resource resourceOf(KieServices ks, RuleSource source) {
        // Explicit UTF-8: without it Drools decodes with the platform charset and mangles "–".
        Resource resource = ks.getResources()
                .newByteArrayResource(source.getText().getBytes(StandardCharsets.UTF_8), "UTF-8")
                .setSourcePath(RESOURCES + source.getPath());
        if (source.isDecisionTable()) {
            resource.setResourceType(ResourceType.DTABLE);
            DecisionTableConfiguration csv = KnowledgeBuilderFactory.newDecisionTableConfiguration();
            csv.setInputType(DecisionTableInputType.CSV);
            resource.setConfiguration(csv);
        } else {
            resource.setResourceType(ResourceType.DRL);
        }
        return resource;
    }

    private static List<RuleCompilationError> errorsOf(KieBuilder builder) {
        List<RuleCompilationError> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            int column = message.getColumn();
            // Parser errors carry their column only in the text: "[ERR 102] Line 19:4 mismatched input …".
            Matcher position = PARSER_POSITION.matcher(message.getText());
            if (column <= 0 && position.find() && Integer.parseInt(position.group(1)) == message.getLine()) {
                column = Integer.parseInt(position.group(2)) + 1;
            }
            errors.add(new RuleCompilationError(sourcePathOf(message.getPath()), message.getLine(), column, message.getText()));
        }
        // After a syntax error the parser adds "Parser returned a null Package" for the same file: noise.
        errors.removeIf(error -> error.getMessage().contains("Parser returned a null Package") && errors.stream()
                .anyMatch(other -> other != error && Objects.equals(other.getSourcePath(), error.getSourcePath())));
        return errors;
    }

    private static String sourcePathOf(String kiePath) {
        if (kiePath == null || kiePath.isBlank()) {
            return null;
        }
        return kiePath.startsWith(RESOURCES) ? kiePath.substring(RESOURCES.length()) : kiePath;
    }
}

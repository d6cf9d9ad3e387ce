package id.berdaya.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.Resource;

/**
 * Compiles DRL sources into an in-memory {@link KieBase}. Every build gets its own release id and is
 * removed from the KIE repository once its KieBase exists, so any number of rule-set versions can
 * live side by side in one JVM and an unused one is simply garbage.
 */
public final class RuleSetCompiler {

    private static final String RESOURCES = "src/main/resources/";

    private RuleSetCompiler() {
    }

    /** @throws RuleCompilationException if any source has errors (warnings are ignored) */
    public static KieBase compile(List<RuleSource> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("A rule set needs at least one DRL source");
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("id.berdaya.rulesets", "ruleset-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (RuleSource source : sources) {
            // Explicit UTF-8: without it Drools decodes with the platform charset and mangles "–".
            Resource drl = ks.getResources()
                    .newByteArrayResource(source.getDrl().getBytes(StandardCharsets.UTF_8), "UTF-8")
                    .setSourcePath(RESOURCES + source.getPath());
            kfs.write(RESOURCES + source.getPath(), drl);
        }
        // Fact classes live in this module, so the rules see them through its class loader.
        ClassLoader classLoader = RuleSetCompiler.class.getClassLoader();
        KieBuilder builder = ks.newKieBuilder(kfs, classLoader).buildAll();
        List<RuleCompilationError> errors = errorsOf(builder);
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        try {
            return ks.newKieContainer(releaseId, classLoader).getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static List<RuleCompilationError> errorsOf(KieBuilder builder) {
        List<RuleCompilationError> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(new RuleCompilationError(
                    sourcePathOf(message.getPath()), message.getLine(), message.getColumn(), message.getText()));
        }
        return errors;
    }

    private static String sourcePathOf(String kiePath) {
        if (kiePath == null || kiePath.isBlank()) {
            return null;
        }
        return kiePath.startsWith(RESOURCES) ? kiePath.substring(RESOURCES.length()) : kiePath;
    }
}

package id.berdaya.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application under test is the EAR the build just packaged, exactly as it ships. */
final class Deployments {

    private Deployments() {
    }

    /** The shipped EAR, for tests that talk to it over HTTP as a client would. */
    static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("berdaya.ear")));
    }

    /**
     * The shipped EAR plus a "test.war" holding the given in-container test classes, which then see
     * the EJB module's beans and the real datasource and migrated schema.
     */
    static EnterpriseArchive applicationWithTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "test.war")
                .addClasses(testClasses)
                .addClass(OpenTestMechanism.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        EnterpriseArchive ear = application();
        // The packaged application.xml lists the EAR's modules; the test WAR must be listed too.
        String descriptor = read(ear.get("META-INF/application.xml").getAsset());
        String withTests = descriptor.replace("</application>",
                "  <module><web><web-uri>test.war</web-uri><context-root>/berdaya-test</context-root></web></module>\n"
                        + "</application>");
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(withTests));
        return ear.addAsModule(Testable.archiveToTest(tests));
    }

    /** The jar a class was loaded from, e.g. AssertJ for assertions inside the server. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.berdaya.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The API as shipped: every JAX-RS resource method of the EAR's WAR, read by reflection from its
 * classes (with the EAR's jars on a class loader of its own), and every page of the WAR.
 */
final class ApiEndpoints {

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    /** A method and path (parameters filled), its roles (null: any login) and its JSON body type. */
    record Endpoint(String method, String path, Set<String> roles, Class<?> bodyType) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private ApiEndpoints() {
    }

    static List<String> pages() throws IOException {
        try (ZipFile war = new ZipFile(warFile().toFile())) {
            return war.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".xhtml"))
                    .filter(n -> !n.startsWith("WEB-INF/") && !n.startsWith("META-INF/") && !n.startsWith("resources/"))
                    .sorted().toList();
        }
    }

    static List<Endpoint> discover() throws Exception {
        Path dir = Files.createTempDirectory("berdaya-ear");
        List<URL> urls = new ArrayList<>();
        try (ZipFile ear = new ZipFile(System.getProperty("berdaya.ear"))) {
            for (ZipEntry entry : ear.stream().toList()) {
                if (entry.getName().endsWith(".jar")) {
                    urls.add(extract(ear, entry, dir).toUri().toURL());
                }
            }
        }
        Path classes = Files.createDirectories(dir.resolve("web-classes"));
        List<String> resourceClasses = new ArrayList<>();
        try (ZipFile war = new ZipFile(warFile().toFile())) {
            for (ZipEntry entry : war.stream().toList()) {
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    urls.add(extract(war, entry, dir).toUri().toURL());
                } else if (entry.getName().startsWith("WEB-INF/classes/") && !entry.isDirectory()) {
                    String name = entry.getName().substring("WEB-INF/classes/".length());
                    Path target = classes.resolve(name);
                    Files.createDirectories(target.getParent());
                    try (InputStream in = war.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                    if (name.endsWith(".class") && name.contains("/interfaces/")) {
                        resourceClasses.add(name.replace('/', '.').replace(".class", ""));
                    }
                }
            }
        }
        urls.add(classes.toUri().toURL());
        List<Endpoint> endpoints = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ApiEndpoints.class.getClassLoader())) {
            for (String name : resourceClasses) {
                Class<?> type = Class.forName(name, false, loader);
                jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (classPath == null || type.isInterface()) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String http = httpMethod(method);
                    if (http == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = fill(classPath.value() + (methodPath == null ? "" : "/" + methodPath.value()));
                    Class<?> bodyType = null;
                    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
                        if (Arrays.stream(parameter.getAnnotations()).noneMatch(a -> a.annotationType().getName().startsWith("jakarta.ws.rs."))) {
                            bodyType = parameter.getType();
                        }
                    }
                    endpoints.add(new Endpoint(http, path, roles(method, type), bodyType));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            jakarta.ws.rs.HttpMethod http = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (http != null && HTTP_METHODS.contains(http.value())) {
                return http.value();
            }
        }
        return null;
    }

    private static Set<String> roles(Method method, Class<?> type) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? null : new TreeSet<>(Arrays.asList(allowed.value()));
    }

    /** Path parameters filled with values that reach the resource: ids 1, the WRSE rule set. */
    static String fill(String template) {
        Matcher m = Pattern.compile("\\{\\s*(\\w+)\\s*(?::[^{}]*(?:\\{[^}]*\\}[^{}]*)*)?\\}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).toLowerCase();
            String value = name.contains("ruleset") ? "wrse-eligibility" : name.equals("code") || name.contains("regency") ? "6402"
                    : name.contains("year") ? "2026" : name.equals("kind") ? "KTP" : "1";
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString().replaceAll("/+", "/").replaceAll("^/|/$", "");
    }

    private static Path extract(ZipFile zip, ZipEntry entry, Path dir) throws IOException {
        Path target = dir.resolve(entry.getName().replace('/', '_'));
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static Path war;

    private static synchronized Path warFile() {
        if (war == null) {
            try (ZipFile ear = new ZipFile(System.getProperty("berdaya.ear"));
                    Stream<? extends ZipEntry> entries = ear.stream()) {
                ZipEntry entry = entries.filter(e -> e.getName().endsWith(".war")).findFirst().orElseThrow();
                war = Files.createTempFile("berdaya-web-", ".war");
                try (InputStream in = ear.getInputStream(entry)) {
                    Files.copy(in, war, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return war;
    }

    static byte[] warEntry(String name) throws IOException {
        try (ZipFile war = new ZipFile(warFile().toFile())) {
            try (InputStream in = war.getInputStream(war.getEntry(name))) {
                return in.readAllBytes();
            }
        }
    }

}

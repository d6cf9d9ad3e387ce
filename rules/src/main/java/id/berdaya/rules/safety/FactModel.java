package id.berdaya.rules.safety;

import id.berdaya.rules.CriterionResult;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Outcome;
import id.berdaya.rules.ProgrammeParameter;
import id.berdaya.rules.ProgrammeParameters;
import id.berdaya.rules.ScoreComponent;
import id.berdaya.rules.Sex;
import id.berdaya.rules.kubp.KubpLoanRequest;
import id.berdaya.rules.kubp.KubpMember;
import id.berdaya.rules.kubp.KubpTerms;
import id.berdaya.rules.kubp.PreviousLoan;
import id.berdaya.rules.kubp.Rupiah;
import id.berdaya.rules.kubp.TermViolation;
import id.berdaya.rules.wrse.PriorityScore;
import id.berdaya.rules.wrse.RegistryListing;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseDecision;
import id.berdaya.rules.wrse.WrseVerdict;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rule text may refer to: the fact model (the facts the rules judge and the results they insert),
 * a few helpers, and a handful of JDK value types. Everything else (System, Runtime, files, reflection,
 * class loading, threads, network, the engine's own classes, even the rest of this jar) is out of reach
 * of a rule, whatever it writes. {@link RuleTextCheck} enforces it.
 */
public final class FactModel {

    /** Types a rule may name, import, construct ({@link #isConstructible}) and call. */
    private static final List<Class<?>> FACT_TYPES = List.of(
            CriterionResult.class, Outcome.class, ScoreComponent.class, MaritalStatus.class, Sex.class,
            ProgrammeParameter.class, ProgrammeParameters.class,
            id.berdaya.rules.wrse.RegistryStanding.class, id.berdaya.rules.BilingualValue.class,
            WrseApplicant.class, RegistryListing.class, WrseVerdict.class, WrseDecision.class, PriorityScore.class,
            KubpLoanRequest.class, KubpMember.class, KubpTerms.class, PreviousLoan.class, TermViolation.class);

    /** Helpers a rule may call (static methods only; never constructed). */
    private static final List<Class<?>> HELPERS = List.of(Rupiah.class, id.berdaya.rules.wrse.Labels.class);

    /** JDK value types a rule may name and call methods of, but never construct. */
    private static final List<Class<?>> VALUE_TYPES = List.of(
            String.class, Integer.class, Long.class, Boolean.class, Number.class, Math.class, Object.class,
            BigDecimal.class, LocalDate.class, List.class, Set.class, Map.class, Collection.class);

    /** Names never callable nor readable, whatever the object: the ways out to classes and the system. */
    static final Set<String> FORBIDDEN_MEMBERS = Set.of(
            "getClass", "class", "getDeclaringClass", "declaringClass", "getClassLoader", "classLoader",
            "forName", "loadClass", "newInstance", "invoke", "invokeExact", "getMethod", "getMethods",
            "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields", "getDeclaredField",
            "getDeclaredFields", "getConstructor", "getConstructors", "setAccessible", "exec", "exit", "halt",
            "getRuntime", "getProperty", "getProperties", "setProperty", "setProperties", "clearProperty",
            "getenv", "load", "loadLibrary", "wait", "notify", "notifyAll", "finalize", "clone", "start", "run",
            "lookup", "describeConstable", "resolveConstantDesc", "getKieRuntime", "getKnowledgeRuntime",
            "getWorkingMemory", "getKieBase", "getKnowledgeBase", "getEntryPoint", "getChannels", "getContext",
            "getSession", "getInteger", "getLong", "getBoolean");

    private static final Map<String, Class<?>> BY_SIMPLE_NAME = new LinkedHashMap<>();
    private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();
    private static final Set<String> INSTANCE_METHODS = new HashSet<>();
    private static final Set<String> PROPERTIES = new HashSet<>();

    static {
        for (List<Class<?>> group : List.of(FACT_TYPES, HELPERS, VALUE_TYPES)) {
            for (Class<?> type : group) {
                BY_SIMPLE_NAME.put(type.getSimpleName(), type);
                BY_NAME.put(type.getName(), type);
                for (Method method : type.getMethods()) {
                    if (!Modifier.isStatic(method.getModifiers()) && isSafe(method)) {
                        INSTANCE_METHODS.add(method.getName());
                        propertyOf(method).ifPresent(PROPERTIES::add);
                    }
                }
            }
        }
        INSTANCE_METHODS.removeAll(FORBIDDEN_MEMBERS);
        PROPERTIES.removeAll(FORBIDDEN_MEMBERS);
    }

    private FactModel() {
    }

    private static boolean isSafe(Method method) {
        if (method.getDeclaringClass() == Object.class && !Set.of("equals", "hashCode", "toString").contains(method.getName())) {
            return false;
        }
        return !reflective(method.getReturnType()) && java.util.Arrays.stream(method.getParameterTypes()).noneMatch(FactModel::reflective);
    }

    private static boolean reflective(Class<?> type) {
        return type == Class.class || type == ClassLoader.class || type.getName().startsWith("java.lang.reflect.")
                || type.getName().startsWith("java.lang.invoke.") || type.getName().startsWith("java.lang.constant.");
    }

    private static java.util.Optional<String> propertyOf(Method method) {
        String name = method.getName();
        if (method.getParameterCount() != 0) {
            return java.util.Optional.empty();
        }
        if (name.startsWith("get") && name.length() > 3) {
            return java.util.Optional.of(Introspector.decapitalize(name.substring(3)));
        }
        if (name.startsWith("is") && name.length() > 2) {
            return java.util.Optional.of(Introspector.decapitalize(name.substring(2)));
        }
        return java.util.Optional.empty();
    }

    /** The allowed type of this simple or fully qualified name, or null. */
    public static Class<?> type(String name) {
        Class<?> type = BY_SIMPLE_NAME.get(name);
        return type != null ? type : BY_NAME.get(name);
    }

    /** Whether an import of this fully qualified name is allowed. */
    public static boolean isImportable(String qualifiedName) {
        return BY_NAME.containsKey(qualifiedName);
    }

    /** Only fact types may be constructed with {@code new}. */
    public static boolean isConstructible(Class<?> type) {
        return FACT_TYPES.contains(type) && !type.isEnum() && type != ProgrammeParameters.class;
    }

    /** Whether some allowed type has a public instance method of this name (with safe types only). */
    public static boolean isInstanceMethod(String name) {
        return INSTANCE_METHODS.contains(name);
    }

    /** Whether some allowed type has a bean property of this name (a getter). */
    public static boolean isProperty(String name) {
        return PROPERTIES.contains(name) && !FORBIDDEN_MEMBERS.contains(name);
    }

    /** Whether the type has a public static method of this name (with safe types only). */
    public static boolean hasStaticMethod(Class<?> type, String name) {
        if (FORBIDDEN_MEMBERS.contains(name)) {
            return false;
        }
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && method.getName().equals(name) && isSafe(method)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the type has a public static field (an enum constant, a constant) of this name. */
    public static boolean hasStaticField(Class<?> type, String name) {
        try {
            return Modifier.isStatic(type.getField(name).getModifiers()) && !reflective(type.getField(name).getType());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** Whether the type has a bean property or a method of this name, for the constraints of a pattern on it. */
    public static boolean hasMember(Class<?> type, String name) {
        if (FORBIDDEN_MEMBERS.contains(name)) {
            return false;
        }
        for (Method method : type.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && isSafe(method)
                    && (method.getName().equals(name) || propertyOf(method).filter(name::equals).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /** The allowed types' names, for messages. */
    public static Set<String> typeNames() {
        return BY_SIMPLE_NAME.keySet();
    }
}

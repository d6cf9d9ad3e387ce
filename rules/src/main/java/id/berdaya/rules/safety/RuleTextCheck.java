package id.berdaya.rules.safety;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.ast.type.ArrayType;
import id.berdaya.rules.ProgrammeParameters;
import id.berdaya.rules.RuleCompilationError;
import id.berdaya.rules.RuleSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * The static safety check every rule text passes before Drools compiles it (so before any test run or
 * impact run): Drools has no sandbox, and a rule's conditions and consequences are Java and MVEL that
 * run inside the server. The DRL is parsed with Drools' own parser into its descriptors; every
 * condition with Drools' JavaParser-based DRLX parser and every consequence with JavaParser. Then
 * every type, constructor, method and field the text names must belong to the {@link FactModel};
 * the constructs that have no place in a rule set ({@code function} blocks, static imports,
 * {@code declare}, the MVEL dialect, lambdas, loops without an end, dynamic attributes...) are
 * refused outright. A decision table (CSV) is checked as the DRL Drools generates from it, so a value
 * that closes its quote and writes code is caught like any other code.
 * <p>
 * Closed world: a construct this check does not know is refused, never waved through. Each refusal
 * names the file, the line and what is wrong, in Indonesian and in English.
 */
public final class RuleTextCheck {

    private static final Set<String> ALLOWED_RULE_ATTRIBUTES = Set.of(
            "salience", "agenda-group", "activation-group", "no-loop", "lock-on-active", "dialect", "auto-focus");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Set<String> CONSEQUENCE_FUNCTIONS = Set.of("insert", "insertLogical", "delete", "retract", "update");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("sum", "count", "min", "max", "average", "collectList", "collectSet");
    private static final Set<String> POINT_FREE_OPERATORS = Set.of("in", "memberOf", "contains", "excludes", "matches", "soundslike", "str");
    // The one call into the engine a rule may make (isRuleNameCall): drools.getRule().getName(), by which
    // the decision table's rows name their parameter.

    private RuleTextCheck() {
    }

    /** The refusals of every source of a rule set; empty when every file may be compiled. */
    public static List<RuleCompilationError> check(List<RuleSource> sources) {
        List<RuleCompilationError> errors = new ArrayList<>();
        for (RuleSource source : sources) {
            errors.addAll(check(source));
        }
        return errors;
    }

    /** The refusals of one source. */
    public static List<RuleCompilationError> check(RuleSource source) {
        if (source.isCatalogue() || source.isModel()) {
            return List.of(); // data read by Java (order, texts), never given to Drools
        }
        if (source.isDecisionTable()) {
            String drl;
            try {
                drl = new SpreadsheetCompiler().compile(
                        new ByteArrayInputStream(source.getText().getBytes(StandardCharsets.UTF_8)), InputType.CSV);
            } catch (RuntimeException e) {
                return List.of(refusal(source.getPath(), 0, "Tabel keputusan tidak dapat dibaca: " + e.getMessage(),
                        "The decision table cannot be read: " + e.getMessage()));
            }
            // Lines of generated DRL mean nothing to an editor: the table's own checks locate cells.
            return new FileCheck(source.getPath(), true).checkDrl(drl);
        }
        return new FileCheck(source.getPath(), false).checkDrl(source.getText());
    }

    static RuleCompilationError refusal(String path, int line, String messageId, String messageEn) {
        return new RuleCompilationError(path, line, 0, "Refused: " + messageEn, "Ditolak: " + messageId);
    }

    /** The check of one file: its descriptors, then every expression and consequence in them. */
    private static final class FileCheck {

        private final String path;
        private final boolean generated;
        private final List<RuleCompilationError> errors = new ArrayList<>();

        FileCheck(String path, boolean generated) {
            this.path = path;
            this.generated = generated;
        }

        private void refuse(int line, String messageId, String messageEn) {
            errors.add(refusal(path, generated ? 0 : Math.max(line, 0), messageId, messageEn));
        }

        List<RuleCompilationError> checkDrl(String drl) {
            // javac reads a Unicode escape before anything else (an escaped quote inside a string literal closes
            // it), while a parser may keep it as an escape: rule text needs none, so none passes.
            int escape = drl.indexOf("\\u");
            if (escape >= 0) {
                refuse(lineAt(drl, escape), "escape Unicode (\\u....) tidak diizinkan; tulis karakternya langsung",
                        "Unicode escapes (\\u....) are not allowed; write the character itself");
                return errors;
            }
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, drl);
            } catch (DroolsParserException e) {
                refuse(0, "Teks aturan tidak dapat diurai: " + e.getMessage(), "The rule text cannot be parsed: " + e.getMessage());
                return errors;
            }
            if (parser.hasErrors() || pkg == null) {
                // A syntax error: nothing is compiled, and the parser's own message says where.
                for (DroolsError error : parser.getErrors()) {
                    int line = error instanceof ParserError p ? p.getRow() : (error.getLines().length > 0 ? error.getLines()[0] : 0);
                    int column = error instanceof ParserError p ? p.getCol() + 1 : 0;
                    errors.add(new RuleCompilationError(path, line, column, error.getMessage()));
                }
                if (errors.isEmpty()) {
                    refuse(0, "Teks aturan tidak dapat diurai", "The rule text cannot be parsed");
                }
                return errors;
            }
            checkPackage(pkg);
            return errors;
        }

        private static int lineAt(String text, int index) {
            int line = 1;
            for (int i = 0; i < index; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private void checkPackage(PackageDescr pkg) {
            if (pkg.getName() == null || !(pkg.getName().equals("id.berdaya.rules") || pkg.getName().startsWith("id.berdaya.rules."))) {
                refuse(1, "paket '" + pkg.getName() + "' di luar id.berdaya.rules", "package '" + pkg.getName() + "' is outside id.berdaya.rules");
            }
            for (ImportDescr imp : pkg.getImports()) {
                if (!FactModel.isImportable(imp.getTarget())) {
                    refuse(imp.getLine(), "import " + imp.getTarget() + " bukan bagian dari model fakta; hanya kelas fakta yang boleh diimpor",
                            "import " + imp.getTarget() + " is not part of the fact model; only fact classes may be imported");
                }
            }
            pkg.getFunctionImports().forEach(f -> refuse(f.getLine(), "import static/function " + f.getTarget() + " tidak diizinkan",
                    "static or function import " + f.getTarget() + " is not allowed"));
            pkg.getAccumulateImports().forEach(a -> refuse(a.getLine(), "import accumulate tidak diizinkan", "import accumulate is not allowed"));
            pkg.getFunctions().forEach(f -> refuse(f.getLine(), "blok function '" + f.getName() + "' tidak diizinkan: aturan tidak boleh memuat kode Java sendiri",
                    "function block '" + f.getName() + "' is not allowed: rules may not carry their own Java code"));
            pkg.getTypeDeclarations().forEach(t -> refuse(t.getLine(), "deklarasi tipe 'declare " + t.getTypeName() + "' tidak diizinkan",
                    "type declaration 'declare " + t.getTypeName() + "' is not allowed"));
            pkg.getEnumDeclarations().forEach(t -> refuse(t.getLine(), "deklarasi enum tidak diizinkan", "enum declaration is not allowed"));
            pkg.getEntryPointDeclarations().forEach(t -> refuse(t.getLine(), "entry point tidak diizinkan", "entry point is not allowed"));
            pkg.getWindowDeclarations().forEach(t -> refuse(t.getLine(), "window tidak diizinkan", "window is not allowed"));
            if (pkg.getUnit() != null) {
                refuse(pkg.getUnit().getLine(), "unit tidak diizinkan", "rule units are not allowed");
            }
            for (AttributeDescr attribute : pkg.getAttributes()) {
                checkAttribute(attribute);
            }
            for (GlobalDescr global : pkg.getGlobals()) {
                if (!ProgrammeParameters.GLOBAL.equals(global.getIdentifier())
                        || FactModel.type(global.getType()) != ProgrammeParameters.class) {
                    refuse(global.getLine(), "global '" + global.getType() + " " + global.getIdentifier()
                            + "' tidak dikenal; hanya 'global ProgrammeParameters parameters' yang diizinkan",
                            "global '" + global.getType() + " " + global.getIdentifier()
                            + "' is not known; only 'global ProgrammeParameters parameters' is allowed");
                }
            }
            for (RuleDescr rule : pkg.getRules()) {
                checkRule(rule);
            }
        }

        private void checkAttribute(AttributeDescr attribute) {
            String name = attribute.getName();
            String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
            int line = attribute.getLine();
            if (!ALLOWED_RULE_ATTRIBUTES.contains(name)) {
                refuse(line, "atribut '" + name + "' tidak diizinkan", "attribute '" + name + "' is not allowed");
            } else if (name.equals("dialect") && !value.replace("\"", "").equals("java")) {
                refuse(line, "dialek " + value + " tidak diizinkan; aturan ditulis dalam dialek java",
                        "dialect " + value + " is not allowed; rules are written in the java dialect");
            } else if (name.equals("salience") && !INTEGER.matcher(value).matches()) {
                refuse(line, "salience harus bilangan bulat, bukan ekspresi: " + value,
                        "salience must be a whole number, not an expression: " + value);
            }
        }

        private void checkRule(RuleDescr rule) {
            int line = rule.getLine();
            if (rule.isQuery()) {
                refuse(line, "query '" + rule.getName() + "' tidak diizinkan", "query '" + rule.getName() + "' is not allowed");
                return;
            }
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                checkAttribute(attribute);
            }
            if (rule.getNamedConsequences() != null && !rule.getNamedConsequences().isEmpty()) {
                refuse(line, "konsekuensi bernama (do[...]) tidak diizinkan", "named consequences (do[...]) are not allowed");
            }
            Scope scope = new Scope();
            scope.variables.add(ProgrammeParameters.GLOBAL);
            checkLhs(rule.getLhs(), scope, line);
            Object consequence = rule.getConsequence();
            if (consequence != null && !(consequence instanceof String)) {
                refuse(line, "konsekuensi tidak dikenal", "unknown consequence");
            } else if (consequence != null) {
                // The parser gives the line of 'then' and the text from its first statement, on the next line.
                checkConsequence((String) consequence, scope, rule.getConsequenceLine() + 1);
            }
        }

        // ---- conditions -------------------------------------------------------------------------

        private void checkLhs(BaseDescr descr, Scope scope, int fallbackLine) {
            int line = descr.getLine() > 0 ? descr.getLine() : fallbackLine;
            if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                    || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
                for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
                    checkLhs(child, scope, line);
                }
            } else if (descr instanceof PatternDescr pattern) {
                checkPattern(pattern, scope, line);
            } else if (descr instanceof EvalDescr eval) {
                checkExpression(String.valueOf(eval.getContent()), null, scope, line);
            } else {
                refuse(line, "bentuk kondisi " + descr.getClass().getSimpleName().replace("Descr", "") + " tidak diizinkan",
                        "condition form " + descr.getClass().getSimpleName().replace("Descr", "") + " is not allowed");
            }
        }

        private void checkPattern(PatternDescr pattern, Scope scope, int line) {
            PatternSourceDescr source = pattern.getSource();
            Class<?> type = FactModel.type(pattern.getObjectType());
            boolean accumulated = source instanceof AccumulateDescr || source instanceof CollectDescr;
            if (type == null || (!accumulated && (type == Object.class || type == Number.class))) {
                refuse(line, "tipe fakta '" + pattern.getObjectType() + "' bukan bagian dari model fakta",
                        "fact type '" + pattern.getObjectType() + "' is not part of the fact model");
                type = null;
            }
            if (pattern.getIdentifier() != null) {
                scope.declare(pattern.getIdentifier(), line, this);
            }
            if (pattern.getBehaviors() != null && !pattern.getBehaviors().isEmpty()) {
                refuse(line, "window/behaviour pada pola tidak diizinkan", "windows and behaviours on patterns are not allowed");
            }
            if (source != null) {
                checkSource(source, scope, line);
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                int at = constraint.getLine() > 0 ? constraint.getLine() : line;
                if (constraint instanceof ExprConstraintDescr expr) {
                    checkExpression(expr.getExpression(), type, scope, at);
                } else if (constraint instanceof BindingDescr binding) {
                    scope.declare(binding.getVariable(), at, this);
                    checkExpression(binding.getExpression(), type, scope, at);
                } else {
                    refuse(at, "batasan " + constraint.getClass().getSimpleName() + " tidak diizinkan",
                            "constraint " + constraint.getClass().getSimpleName() + " is not allowed");
                }
            }
        }

        private void checkSource(PatternSourceDescr source, Scope scope, int line) {
            if (source instanceof FromDescr from) {
                checkExpression(from.getDataSource().getText(), null, scope, line);
            } else if (source instanceof AccumulateDescr accumulate) {
                if (accumulate.getInitCode() != null || accumulate.getActionCode() != null
                        || accumulate.getReverseCode() != null || accumulate.getResultCode() != null) {
                    refuse(line, "accumulate dengan kode sendiri (init/action/result) tidak diizinkan",
                            "accumulate with its own code (init/action/result) is not allowed");
                }
                checkLhs(accumulate.getInput(), scope, line);
                for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
                    if (!ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                        refuse(line, "fungsi accumulate '" + function.getFunction() + "' tidak diizinkan",
                                "accumulate function '" + function.getFunction() + "' is not allowed");
                    }
                    if (function.getBind() != null) {
                        scope.declare(function.getBind(), line, this);
                    }
                    for (String param : function.getParams()) {
                        checkExpression(param, null, scope, line);
                    }
                }
            } else if (source instanceof CollectDescr collect) {
                checkLhs(collect.getInputPattern(), scope, line);
            } else {
                refuse(line, "sumber pola " + source.getClass().getSimpleName() + " tidak diizinkan",
                        "pattern source " + source.getClass().getSimpleName() + " is not allowed");
            }
        }

        /** A condition (DRLX/MVEL): on a pattern of type {@code patternType}, or free-standing when null. */
        private void checkExpression(String text, Class<?> patternType, Scope scope, int line) {
            if (text == null || text.isBlank()) {
                return;
            }
            DrlxExpression parsed;
            try {
                parsed = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(List.of()), text);
            } catch (RuntimeException e) {
                refuse(line, "kondisi tidak dapat diperiksa: " + text, "the condition cannot be checked: " + text);
                return;
            }
            if (parsed.getBind() != null) {
                scope.declare(parsed.getBind().getIdentifier(), line, this);
            }
            new NodeCheck(scope, patternType, line).check(parsed.getExpr());
        }

        // ---- consequences -----------------------------------------------------------------------

        private void checkConsequence(String code, Scope scope, int firstLine) {
            JavaParser java = new JavaParser(new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
            ParseResult<BlockStmt> result = java.parseBlock("{" + code + "\n}");
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                int at = result.getProblems().stream().findFirst()
                        .flatMap(p -> p.getLocation()).flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
                refuse(firstLine + at - 1, "konsekuensi (then) bukan Java yang dapat diperiksa",
                        "the consequence (then) is not Java that can be checked");
                return;
            }
            BlockStmt block = result.getResult().get();
            // Local variables are known before their use is checked (their names only).
            block.findAll(VariableDeclarator.class).forEach(v -> scope.declare(v.getNameAsString(), firstLine, this));
            block.findAll(Parameter.class).forEach(p -> scope.declare(p.getNameAsString(), firstLine, this));
            new NodeCheck(scope, null, firstLine, true).check(block);
        }

        /** One walk over a JavaParser tree, closed world: every node kind is either known here or refused. */
        private final class NodeCheck {

            private final Scope scope;
            private final Class<?> patternType;
            private final int baseLine;
            private final boolean consequence;

            NodeCheck(Scope scope, Class<?> patternType, int line) {
                this(scope, patternType, line, false);
            }

            NodeCheck(Scope scope, Class<?> patternType, int baseLine, boolean consequence) {
                this.scope = scope;
                this.patternType = patternType;
                this.baseLine = baseLine;
                this.consequence = consequence;
            }

            private int lineOf(Node node) {
                if (!consequence) {
                    return baseLine;
                }
                return node.getRange().map(r -> baseLine + r.begin.line - 1).orElse(baseLine);
            }

            private void refuseAt(Node node, String id, String en) {
                refuse(lineOf(node), id, en);
            }

            void check(Node node) {
                if (node instanceof SimpleName || node instanceof StringLiteralExpr || node instanceof IntegerLiteralExpr
                        || node instanceof LongLiteralExpr || node instanceof DoubleLiteralExpr || node instanceof BooleanLiteralExpr
                        || node instanceof NullLiteralExpr || node instanceof CharLiteralExpr || node instanceof TextBlockLiteralExpr
                        || node instanceof PrimitiveType || node instanceof VoidType || node instanceof VarType
                        || node instanceof EmptyStmt || node instanceof BreakStmt || node instanceof ContinueStmt
                        || node instanceof com.github.javaparser.ast.comments.Comment
                        || node instanceof org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr
                        || node instanceof org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr) {
                    return;
                }
                if (node instanceof BlockStmt || node instanceof ExpressionStmt || node instanceof IfStmt
                        || node instanceof BinaryExpr || node instanceof UnaryExpr || node instanceof EnclosedExpr
                        || node instanceof ConditionalExpr || node instanceof AssignExpr || node instanceof ArrayAccessExpr
                        || node instanceof VariableDeclarationExpr || node instanceof VariableDeclarator
                        || node instanceof ForEachStmt || node instanceof com.github.javaparser.ast.stmt.ReturnStmt
                        || node instanceof com.github.javaparser.ast.stmt.SwitchStmt
                        || node instanceof com.github.javaparser.ast.stmt.SwitchEntry
                        || node instanceof com.github.javaparser.ast.expr.SwitchExpr
                        || node instanceof com.github.javaparser.ast.stmt.YieldStmt
                        || node instanceof com.github.javaparser.ast.Modifier
                        || node instanceof ArrayType || node instanceof Parameter) {
                    checkChildren(node);
                    return;
                }
                if (node instanceof ClassOrInterfaceType type) {
                    checkType(type);
                } else if (node instanceof NameExpr name) { // DrlNameExpr too
                    checkName(name);
                } else if (node instanceof FieldAccessExpr field) {
                    checkFieldAccess(field);
                } else if (node instanceof MethodCallExpr call) {
                    checkCall(call);
                } else if (node instanceof ObjectCreationExpr creation) {
                    checkCreation(creation);
                } else if (node instanceof CastExpr cast) {
                    check(cast.getType());
                    check(cast.getExpression());
                } else if (node instanceof InstanceOfExpr instanceOf) {
                    check(instanceOf.getType());
                    check(instanceOf.getExpression());
                    instanceOf.getPattern().ifPresent(p -> refuseAt(node, "pola instanceof tidak diizinkan", "instanceof patterns are not allowed"));
                } else if (node instanceof PointFreeExpr pointFree) {
                    checkOperator(node, pointFree.getOperator().asString());
                    check(pointFree.getLeft());
                    pointFree.getRight().forEach(this::check);
                    for (Expression arg : new Expression[] {pointFree.getArg1(), pointFree.getArg2(), pointFree.getArg3(), pointFree.getArg4()}) {
                        if (arg != null) {
                            check(arg);
                        }
                    }
                } else if (node instanceof HalfPointFreeExpr half) {
                    checkOperator(node, half.getOperator().asString());
                    half.getRight().forEach(this::check);
                } else if (node instanceof HalfBinaryExpr half) {
                    check(half.getRight());
                } else if (node instanceof DrlxExpression drlx) {
                    check(drlx.getExpr());
                } else {
                    String kind = describe(node);
                    refuseAt(node, kind + " tidak diizinkan dalam aturan: " + abbreviate(node), kind + " is not allowed in a rule: " + abbreviate(node));
                }
            }

            private void checkChildren(Node node) {
                for (Node child : node.getChildNodes()) {
                    check(child);
                }
            }

            private void checkOperator(Node node, String operator) {
                if (!POINT_FREE_OPERATORS.contains(operator)) {
                    refuseAt(node, "operator '" + operator + "' tidak diizinkan", "operator '" + operator + "' is not allowed");
                }
            }

            private void checkType(ClassOrInterfaceType type) {
                String name = type.getNameWithScope();
                if (FactModel.type(name) == null && !name.equals("var")) {
                    refuseAt(type, "tipe " + name + " bukan bagian dari model fakta", "type " + name + " is not part of the fact model");
                }
                type.getTypeArguments().ifPresent(arguments -> arguments.forEach(this::check));
            }

            private void checkName(NameExpr name) {
                String id = name.getNameAsString();
                if (scope.variables.contains(id)) {
                    if (id.equals("drools") || id.equals("kcontext")) {
                        refuseAt(name, "akses ke mesin aturan (" + id + ") tidak diizinkan", "access to the rule engine (" + id + ") is not allowed");
                    }
                    return;
                }
                if (patternType != null && FactModel.hasMember(patternType, id)) {
                    return; // a property of the pattern's fact
                }
                if (FactModel.type(id) != null) {
                    return; // a type, used as the scope of a static call or constant (checked there)
                }
                refuseAt(name, "nama '" + id + "' tidak dikenal; hanya fakta, variabel aturan dan tipe model fakta yang boleh dipakai",
                        "name '" + id + "' is not known; only facts, rule variables and fact-model types may be used");
            }

            /** The qualified name a scope spells (java.lang.System), when its root is not a variable or property. */
            private String typeChain(Expression scope) {
                if (scope instanceof NameExpr name) {
                    String id = name.getNameAsString();
                    if (this.scope.variables.contains(id) || patternType != null && FactModel.hasMember(patternType, id)) {
                        return null;
                    }
                    return id;
                }
                if (scope instanceof FieldAccessExpr field) {
                    String prefix = typeChain(field.getScope());
                    return prefix == null ? null : prefix + "." + field.getNameAsString();
                }
                return null;
            }

            private void checkFieldAccess(FieldAccessExpr field) {
                String member = field.getNameAsString();
                String chain = typeChain(field.getScope());
                if (chain != null) {
                    Class<?> type = FactModel.type(chain);
                    if (type != null) {
                        if (!FactModel.hasStaticField(type, member)) {
                            refuseAt(field, type.getSimpleName() + "." + member + " tidak dikenal", type.getSimpleName() + "." + member + " is not known");
                        }
                        return;
                    }
                    if (FactModel.type(chain + "." + member) != null) {
                        return; // the qualified name of an allowed type, e.g. id.berdaya.rules.Outcome
                    }
                    refuseAt(field, "'" + chain + "." + member + "' bukan bagian dari model fakta",
                            "'" + chain + "." + member + "' is not part of the fact model");
                    return;
                }
                if (FactModel.FORBIDDEN_MEMBERS.contains(member) || !FactModel.isProperty(member)) {
                    refuseAt(field, "'" + member + "' bukan properti model fakta", "'" + member + "' is not a property of the fact model");
                }
                check(field.getScope());
            }

            private void checkCall(MethodCallExpr call) {
                String method = call.getNameAsString();
                call.getTypeArguments().ifPresent(arguments -> arguments.forEach(this::check));
                call.getArguments().forEach(this::check);
                boolean forbidden = FactModel.FORBIDDEN_MEMBERS.contains(method);
                if (forbidden) {
                    refuseAt(call, "pemanggilan '" + method + "' tidak diizinkan", "calling '" + method + "' is not allowed");
                }
                if (call.getScope().isEmpty()) {
                    boolean known = consequence ? CONSEQUENCE_FUNCTIONS.contains(method)
                            : patternType != null && FactModel.hasMember(patternType, method);
                    if (!known && !forbidden) {
                        refuseAt(call, "fungsi '" + method + "' tidak dikenal", "function '" + method + "' is not known");
                    }
                    return;
                }
                Expression scope = call.getScope().get();
                if (isRuleNameCall(call)) {
                    return;
                }
                String chain = typeChain(scope);
                if (chain != null) {
                    Class<?> type = FactModel.type(chain);
                    if (type == null) {
                        refuseAt(call, "'" + chain + "' bukan bagian dari model fakta; " + method + "() tidak boleh dipanggil",
                                "'" + chain + "' is not part of the fact model; " + method + "() may not be called");
                    } else if (!forbidden && !FactModel.hasStaticMethod(type, method)) {
                        refuseAt(call, type.getSimpleName() + "." + method + "() tidak dikenal", type.getSimpleName() + "." + method + "() is not known");
                    }
                    return;
                }
                if (!forbidden && !FactModel.isInstanceMethod(method)) {
                    refuseAt(call, "metode '" + method + "' bukan bagian dari model fakta", "method '" + method + "' is not part of the fact model");
                }
                check(scope);
            }

            private boolean isRuleNameCall(MethodCallExpr call) {
                // drools.getRule().getName(): exactly this chain, nothing else on 'drools'.
                return call.getNameAsString().equals("getName") && call.getArguments().isEmpty()
                        && call.getScope().get() instanceof MethodCallExpr inner && inner.getNameAsString().equals("getRule")
                        && inner.getArguments().isEmpty() && inner.getScope().isPresent()
                        && inner.getScope().get() instanceof NameExpr root && root.getNameAsString().equals("drools");
            }

            private void checkCreation(ObjectCreationExpr creation) {
                String name = creation.getType().getNameWithScope();
                Class<?> type = FactModel.type(name);
                if (creation.getAnonymousClassBody().isPresent()) {
                    refuseAt(creation, "kelas anonim tidak diizinkan", "anonymous classes are not allowed");
                } else if (creation.getScope().isPresent()) {
                    refuseAt(creation, "new dengan scope tidak diizinkan", "qualified new is not allowed");
                } else if (type == null || !FactModel.isConstructible(type)) {
                    refuseAt(creation, "'new " + name + "' tidak diizinkan: hanya fakta hasil (mis. CriterionResult) yang boleh dibuat",
                            "'new " + name + "' is not allowed: only fact types (e.g. CriterionResult) may be constructed");
                }
                creation.getArguments().forEach(this::check);
            }

            private String describe(Node node) {
                String simple = node.getClass().getSimpleName();
                return switch (simple) {
                    case "LambdaExpr" -> "lambda";
                    case "MethodReferenceExpr" -> "method reference";
                    case "ClassExpr" -> "class literal";
                    case "ForStmt", "WhileStmt", "DoStmt" -> "loop (" + simple + ")";
                    case "LocalClassDeclarationStmt", "LocalRecordDeclarationStmt" -> "local class";
                    default -> simple;
                };
            }
        }
    }

    private static String abbreviate(Node node) {
        String text;
        try {
            text = org.drools.mvel.parser.printer.PrintUtil.printNode(node);
        } catch (RuntimeException e) {
            text = node.getClass().getSimpleName();
        }
        text = text.replaceAll("\\s+", " ");
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /** The names a rule has declared: bindings, the global, local variables. */
    private static final class Scope {
        final Set<String> variables = new HashSet<>(Set.of("drools", "kcontext"));

        void declare(String name, int line, FileCheck check) {
            if (name == null) {
                return;
            }
            String bare = name.startsWith("$") ? name.substring(1) : name;
            if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0))) {
                check.refuse(line, "nama variabel '" + name + "' diawali huruf besar (menyerupai tipe)",
                        "variable name '" + name + "' starts with a capital letter (it looks like a type)");
            }
            if (FactModel.FORBIDDEN_MEMBERS.contains(name) || name.equals("java") || name.equals("javax")) {
                check.refuse(line, "nama variabel '" + name + "' tidak diizinkan", "variable name '" + name + "' is not allowed");
            }
            variables.add(name);
        }
    }

}

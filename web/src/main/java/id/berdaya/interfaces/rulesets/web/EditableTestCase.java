package id.berdaya.interfaces.rulesets.web;

import java.io.Serializable;

/** A test case as the editor holds it, with the result of its last run. */
public class EditableTestCase implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String input;
    private String expected;
    private Boolean passed;
    private String differences;
    private String actual;

    public EditableTestCase(String name, String input, String expected) {
        this.name = name;
        this.input = input;
        this.expected = expected;
    }

    void result(boolean passed, String differences, String actual) {
        this.passed = passed;
        this.differences = differences;
        this.actual = actual;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public String getInput() {
        return input;
    }

    public void setInput(String input) {
        this.input = input == null ? "" : input;
    }

    public String getExpected() {
        return expected;
    }

    public void setExpected(String expected) {
        this.expected = expected == null ? "" : expected;
    }

    /** Null until the case has been run. */
    public Boolean getPassed() {
        return passed;
    }

    public String getDifferences() {
        return differences;
    }

    public String getActual() {
        return actual;
    }
}

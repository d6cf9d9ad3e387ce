package id.berdaya.interfaces.rulesets.web;

import java.io.Serializable;

/** A rule file as the editor holds it until it is saved. */
public class EditableFile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String path;
    private String content;

    public EditableFile(String path, String content) {
        this.path = path;
        this.content = content;
    }

    public String getPath() {
        return path;
    }

    public String getFileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** CodeMirror's mode: DRL reads as Java; the parameter table is plain text. */
    public String getMode() {
        return path.endsWith(".drl") ? "text/x-java" : "text/plain";
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        // Browsers send line breaks as CRLF; keep the file's own LF so that diffs show real changes.
        this.content = content == null ? "" : content.replace("\r\n", "\n");
    }
}

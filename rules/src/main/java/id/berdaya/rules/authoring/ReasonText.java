package id.berdaya.rules.authoring;

/**
 * One entry of the bilingual reason catalogue: key ({@code AGE.OLDER}, {@code SCORE.NO_BUSINESS}), the
 * Indonesian and English texts with named placeholders ({@code "Usia {age} tahun; batas usia {min}–{max}
 * tahun"}). Texts are data: filled in when a result is read, never written into rule code. A
 * placeholder the key's template does not offer is refused.
 */
public class ReasonText {

    private String key;
    private String textId;
    private String textEn;

    public ReasonText() {
    }

    public ReasonText(String key, String textId, String textEn) {
        this.key = key;
        this.textId = textId;
        this.textEn = textEn;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getTextId() {
        return textId;
    }

    public void setTextId(String textId) {
        this.textId = textId;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }
}

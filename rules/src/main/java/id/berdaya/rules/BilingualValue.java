package id.berdaya.rules;

/** A placeholder value worded differently in Indonesian and English (a marital status, a list of registries). */
public final class BilingualValue {

    private final String id;
    private final String en;

    public BilingualValue(String id, String en) {
        this.id = id;
        this.en = en;
    }

    public String getId() {
        return id;
    }

    public String getEn() {
        return en;
    }

    @Override
    public String toString() {
        return en;
    }
}

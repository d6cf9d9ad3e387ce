package id.berdaya.interfaces.kubp.web;

/**
 * The label of an aging-bucket code in the page's language. The codes follow the arrears ladder in
 * force (DPD_1_30 … DPD_OVER_90 by default), so the label is built from the days in the code rather
 * than looked up code by code: a published change of the ladder labels itself.
 */
final class BucketLabel {

    private BucketLabel() {
    }

    static String of(String code) {
        if (code == null || code.equals("CURRENT")) {
            return KubpFaces.text("bucket.CURRENT");
        }
        if (code.startsWith("DPD_OVER_")) {
            return KubpFaces.text("bucket.over", code.substring("DPD_OVER_".length()));
        }
        String[] days = code.substring("DPD_".length()).split("_");
        return days.length == 2 ? KubpFaces.text("bucket.range", days[0], days[1]) : code;
    }
}

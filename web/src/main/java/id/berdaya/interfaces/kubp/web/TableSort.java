package id.berdaya.interfaces.kubp.web;

import id.berdaya.domain.shared.ListOrder;
import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A lazy table's clicked heading as a list's sort key: only the columns of {@code keys}; others keep the fallback. */
final class TableSort {

    private TableSort() {
    }

    static ListOrder order(Map<String, SortMeta> sortBy, Map<String, String> keys, ListOrder fallback) {
        if (sortBy != null) {
            for (SortMeta meta : sortBy.values()) {
                String key = keys.get(field(meta, keys));
                if (key != null && meta.getOrder() != SortOrder.UNSORTED) {
                    return new ListOrder(key, meta.getOrder() == SortOrder.DESCENDING);
                }
            }
        }
        return fallback;
    }

    /** The row property a column sorts by: its field, or the property in its sortBy expression ("#{r.groupName}"). */
    private static String field(SortMeta meta, Map<String, String> keys) {
        if (meta.getField() != null && keys.containsKey(meta.getField())) {
            return meta.getField();
        }
        if (meta.getSortBy() == null) {
            return meta.getField();
        }
        String expression = meta.getSortBy().getExpressionString();
        int dot = expression.lastIndexOf('.');
        return dot < 0 ? meta.getField() : expression.substring(dot + 1).replace("}", "").strip();
    }
}

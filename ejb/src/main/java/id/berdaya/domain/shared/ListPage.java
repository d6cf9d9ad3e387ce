package id.berdaya.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list read from the database: its rows, how many match in all, which page (from 0) and its size. */
public record ListPage<T>(List<T> items, long total, int page, int size) {

    public <U> ListPage<U> map(Function<T, U> f) {
        return new ListPage<>(items.stream().map(f).toList(), total, page, size);
    }
}

package id.berdaya.application.wrse;

import id.berdaya.domain.wrse.WrseApplication;
import java.util.List;

/** One page of the application list: the rows, how many match in all, and which page this is (from 0). */
public record ApplicationPage(List<WrseApplication> items, long total, int page, int size) {
}

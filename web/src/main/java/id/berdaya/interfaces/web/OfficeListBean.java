package id.berdaya.interfaces.web;

import id.berdaya.application.reports.OfficeService;
import id.berdaya.domain.letter.Office;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrator's list of the offices that issue letters ({@code admin/offices.xhtml}). */
@Named
@RequestScoped
public class OfficeListBean {

    @Inject
    private OfficeService offices;

    private List<Office> all;

    public List<Office> getAll() {
        if (all == null) {
            all = offices.list();
        }
        return all;
    }
}

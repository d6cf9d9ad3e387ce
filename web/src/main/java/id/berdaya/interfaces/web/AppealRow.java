package id.berdaya.interfaces.web;

import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.appeal.Appeal;
import java.time.LocalDate;

/** An appeal on the supervisor's queue: whose, lodged when, due when, overdue or not. */
public class AppealRow {

    private final long id;
    private final long applicationId;
    private final String fullName;
    private final LocalDate lodgedOn;
    private final LocalDate handleBy;
    private final boolean overdue;
    private final String ground;

    public AppealRow(Appeal appeal, WrseApplication application, LocalDate today) {
        this.id = appeal.getId();
        this.applicationId = appeal.getApplicationId();
        this.fullName = application.getApplicant().getFullName();
        this.lodgedOn = appeal.getLodgedOn();
        this.handleBy = appeal.getHandleBy();
        this.overdue = appeal.isOverdue(today);
        this.ground = appeal.getGround().name();
    }

    public long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getLodgedOn() {
        return lodgedOn;
    }

    public LocalDate getHandleBy() {
        return handleBy;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public String getGround() {
        return ground;
    }
}

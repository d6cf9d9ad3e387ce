package id.berdaya.domain.kubp.schedule;

/**
 * Turns loan parameters into a repayment schedule. A strategy, as in Fineract's
 * {@code LoanScheduleGenerator}, so that a programme with different terms can add its own
 * without touching allocation or aging, which only read the resulting schedule.
 */
public interface ScheduleGenerator {

    /**
     * Builds the schedule. The installments always add up to the principal exactly.
     *
     * @param parameters already validated by their own constructor
     */
    RepaymentSchedule generate(ScheduleParameters parameters);
}

package id.berdaya.application.reports;

import id.berdaya.domain.security.Role;
import id.berdaya.reports.kubp.RepaymentStatement;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The statements of a batch job, for the job alone. A Jakarta Batch job has no caller: whoever started
 * it was checked against {@link KubpDocuments}' roles when she started (or restarted) it, and the job
 * then prints through this bean as finance staff. Nothing a person calls (page, REST) uses it; they go
 * to {@link KubpDocuments} with their own roles.
 */
@Stateless
@PermitAll
@RunAs(Role.Names.FINANCE_STAFF)
public class StatementBatchPrinting {

    @Inject
    private KubpDocuments documents;

    public List<Long> loansOnBooks(String districtCode, LocalDate asOf) {
        return documents.loansOnBooks(districtCode, asOf);
    }

    public RepaymentStatement statement(long loanId, LocalDate asOf, String verifyBase) {
        return documents.statement(loanId, asOf, verifyBase);
    }
}

package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.DisasterReliefService;
import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.application.reports.IssuingOffice;
import id.berdaya.domain.kubp.disaster.Disaster;
import id.berdaya.domain.kubp.disaster.DisasterType;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.region.Region;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.interfaces.reports.PdfRendering;
import id.berdaya.reports.kubp.ReliefLetter;
import id.berdaya.reports.kubp.ScheduleLine;
import id.berdaya.reports.letter.LetterIssue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A group's relief letter as PDF, numbered by the letter register when the disaster was declared. */
@ApplicationScoped
public class ReliefLetterPdf {

    private static final Map<DisasterType, String> NAMES = Map.of(DisasterType.FLOOD, "banjir",
            DisasterType.LANDSLIDE, "tanah longsor", DisasterType.FIRE, "kebakaran", DisasterType.DROUGHT, "kekeringan",
            DisasterType.EARTHQUAKE, "gempa bumi", DisasterType.OTHER, "bencana");

    @Inject
    private DisasterReliefService relief;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private PdfRendering rendering;

    public byte[] render(long disasterId, long groupId, String verifyBase) {
        Disaster disaster = relief.find(disasterId);
        List<Loan> loans = relief.relievedLoans(disasterId).stream().filter(l -> l.getGroup().getId() == groupId)
                .toList();
        if (loans.isEmpty()) {
            throw new NotFoundException("Relief letter of group", groupId);
        }
        Loan loan = loans.get(0);
        LetterIssue issue = relief.letterOf(disasterId, groupId, loan.getGroup().getName(), verifyBase);
        LocalDate today = KubpCalendar.today();
        List<ScheduleLine> schedule = loans.stream().flatMap(l -> l.standingOn(today).position().installments().stream())
                .map(p -> new ScheduleLine(p.number(), p.dueDate(), p.amount().amount(), p.paid().amount(),
                        p.unpaid().amount(), p.status().name()))
                .toList();
        IssuingOffice office = IssuingOffice.of("kubp");
        return rendering.pdf(new ReliefLetter(office.letterhead(), issue, office.signatory(), loan.getGroup().getName(),
                loan.getGroup().getVillage(), referenceData.find(loan.getGroup().getDistrictCode()).map(Region::getName)
                        .orElse(loan.getGroup().getDistrictCode()),
                NAMES.getOrDefault(disaster.getType(), "bencana"), disaster.getStartDate(),
                disaster.getMoratoriumMonths(), disaster.getDecreeNumber(), schedule));
    }
}

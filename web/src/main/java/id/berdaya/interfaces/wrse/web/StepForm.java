package id.berdaya.interfaces.wrse.web;

import id.berdaya.domain.shared.Rupiah;
import id.berdaya.domain.wrse.DocumentKind;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.rules.wrse.WrseDecision;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** What the workflow steps on the application page ask for: a judgement, a reason, dates, the goods. */
public class StepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private WrseDecision judgement;
    private String justification;
    private String reason;
    private LocalDate attendedOn;
    private String itemsText;
    private Long aidValue = WrseProgramme.STANDARD_AID_VALUE.amount();
    private LocalDate handoverDate;
    private DocumentKind scanKind;
    private transient UploadedFile scan;

    /** One item per line, as the officer types the list of goods. */
    List<String> items() {
        return itemsText == null ? List.of()
                : Arrays.stream(itemsText.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Rupiah value() {
        return aidValue == null ? null : Rupiah.of(Math.max(0, aidValue));
    }

    void clear() {
        judgement = null;
        justification = null;
        reason = null;
        scan = null;
    }

    public WrseDecision getJudgement() { return judgement; }
    public void setJudgement(WrseDecision judgement) { this.judgement = judgement; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getAttendedOn() { return attendedOn; }
    public void setAttendedOn(LocalDate attendedOn) { this.attendedOn = attendedOn; }
    public String getItemsText() { return itemsText; }
    public void setItemsText(String itemsText) { this.itemsText = itemsText; }
    public Long getAidValue() { return aidValue; }
    public void setAidValue(Long aidValue) { this.aidValue = aidValue; }
    public LocalDate getHandoverDate() { return handoverDate; }
    public void setHandoverDate(LocalDate handoverDate) { this.handoverDate = handoverDate; }
    public DocumentKind getScanKind() { return scanKind; }
    public void setScanKind(DocumentKind scanKind) { this.scanKind = scanKind; }
    public UploadedFile getScan() { return scan; }
    public void setScan(UploadedFile scan) { this.scan = scan; }
}

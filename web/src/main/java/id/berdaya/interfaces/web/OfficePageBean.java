package id.berdaya.interfaces.web;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.reports.OfficeService;
import id.berdaya.domain.letter.Office;
import id.berdaya.domain.letter.OfficeDetails;
import id.berdaya.interfaces.i18n.LocaleBean;
import id.berdaya.interfaces.wrse.web.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.primefaces.model.file.UploadedFile;

/**
 * The administrator's pages for the offices that issue letters: the list ({@code admin/offices.xhtml})
 * and one office ({@code admin/office.xhtml?prefix=kubp}); an unknown prefix is the 404 page.
 */
@Named
@ViewScoped
public class OfficePageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "id.berdaya.interfaces.i18n.offices";

    @Inject
    private OfficeService offices;

    @Inject
    private FacesErrors errors;

    @Inject
    private LocaleBean locale;

    private String prefix;
    private long version;
    private boolean demo;
    private boolean emblem;
    private String updated;
    private String government;
    private String office;
    private String street;
    private String postcode;
    private String phone;
    private String email;
    private String website;
    private String place;
    private String position;
    private String name;
    private String rank;
    private String nip;
    private String copies;
    private transient UploadedFile emblemFile;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("prefix");
        // No office named, or an unknown one: the 404 page (the service's NotFoundException).
        prefix = param;
        load(offices.get(param));
    }

    private void load(Office o) {
        OfficeDetails d = o.details();
        version = o.getVersion();
        demo = o.isDemo();
        emblem = o.getEmblem() != null || o.isDemoEmblem();
        updated = o.getUpdatedAt() == null ? null : MessageFormat.format(text("office.updated"), o.getUpdatedBy(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(o.getUpdatedAt().atZone(KubpCalendar.ZONE)) + " WITA");
        government = d.government();
        office = d.office();
        street = d.street();
        postcode = d.postcode();
        phone = d.phone();
        email = d.email();
        website = d.website();
        place = d.place();
        position = d.signatoryPosition();
        name = d.signatoryName();
        rank = d.signatoryRank();
        nip = d.signatoryNip();
        copies = d.copies();
    }

    public void save() {
        try {
            offices.update(prefix, version, new OfficeDetails(government, office, street, postcode, phone, email, website, place,
                    position, name, rank, nip, copies));
            done(MessageFormat.format(text("office.saved"), prefix));
        } catch (RuntimeException e) {
            errors.show(e, "officeForm");
        }
    }

    public void uploadEmblem() {
        try {
            byte[] image = new byte[0];
            if (emblemFile != null && emblemFile.getSize() > 0) {
                try (InputStream in = emblemFile.getInputStream()) {
                    image = in.readNBytes(512 * 1024 + 1);
                }
            }
            if (image.length == 0) {
                throw new id.berdaya.domain.shared.InvalidInputException("emblem", "Choose an image file", "Pilih berkas gambar");
            }
            offices.changeEmblem(prefix, version, image);
            done(text("office.emblemSaved"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            errors.show(e, "emblemForm");
        }
    }

    private void done(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        try {
            external.redirect(external.getRequestContextPath() + "/admin/office.xhtml?prefix=" + prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale.getLocale()).getString(key);
    }

    public String getPrefix() { return prefix; }
    public boolean isDemo() { return demo; }
    public boolean isEmblem() { return emblem; }
    public String getUpdated() { return updated; }
    public String getGovernment() { return government; }
    public void setGovernment(String government) { this.government = government; }
    public String getOffice() { return office; }
    public void setOffice(String office) { this.office = office; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRank() { return rank; }
    public void setRank(String rank) { this.rank = rank; }
    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public String getCopies() { return copies; }
    public void setCopies(String copies) { this.copies = copies; }
    public UploadedFile getEmblemFile() { return emblemFile; }
    public void setEmblemFile(UploadedFile emblemFile) { this.emblemFile = emblemFile; }
}

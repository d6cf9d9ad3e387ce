package id.berdaya.interfaces.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.time.Year;
import java.util.ResourceBundle;
import org.primefaces.component.datepicker.DatePicker;

/**
 * Every date picker in the application is typed as DD-MM-YYYY with a mask (typed digits are kept,
 * the calendar opens from its button, not on focus), shows that format, offers month and year
 * lists far enough either side, and speaks the view's language. Pickers of a month, a time, a range
 * or several dates keep their own pattern.
 */
public class DateInputDefaults implements SystemEventListener {

    static final String PATTERN = "dd-MM-yyyy";
    private static final String MASK = "99-99-9999";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DatePicker;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        DatePicker picker = (DatePicker) event.getSource();
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean plainDate = !"month".equals(picker.getView()) && !picker.isShowTime() && !picker.isTimeOnly()
                && !"range".equals(picker.getSelectionMode()) && !"multiple".equals(picker.getSelectionMode());
        if (plainDate && (picker.getPattern() == null || "yyyy-MM-dd".equals(picker.getPattern())
                || PATTERN.equals(picker.getPattern()))) {
            picker.setPattern(PATTERN);
            picker.setMask(MASK);
            picker.setMaskAutoClear(false);
            if (picker.getPlaceholder() == null) {
                picker.setPlaceholder(formatHint(faces));
            }
        }
        picker.setShowOnFocus(false);
        picker.setShowIcon(true);
        picker.setMonthNavigator(true);
        picker.setYearNavigator("true");
        if (picker.getYearRange() == null) {
            int year = Year.now().getValue();
            picker.setYearRange((year - 110) + ":" + (year + 10));
        }
        if (picker.getLocale() == null && faces != null && faces.getViewRoot() != null) {
            picker.setLocale(faces.getViewRoot().getLocale());
        }
    }

    static String formatHint(FacesContext faces) {
        if (faces == null || faces.getViewRoot() == null) {
            return "DD-MM-YYYY";
        }
        return ResourceBundle.getBundle("id.berdaya.interfaces.i18n.messages", faces.getViewRoot().getLocale())
                .getString("date.formatHint");
    }
}

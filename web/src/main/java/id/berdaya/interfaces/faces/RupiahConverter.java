package id.berdaya.interfaces.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Whole rupiah as people write them: "1.500.000", "1500000", "Rp 1.500.000" or "1 500 000" all mean
 * 1500000; shown back with dots between thousands. Decimals are refused (there are no sen in these
 * programmes), as is anything that is not a number.
 */
@FacesConverter("rupiah")
public class RupiahConverter implements Converter<Long> {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,15}");

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replaceFirst("^(?i)rp\\.?\\s*", "").replaceAll("[\\s\\u00a0]", "");
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(".", "");
        }
        if (!PLAIN.matcher(text).matches()) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message(context, component, value), null));
        }
        return Long.valueOf(text);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : format(value);
    }

    static String format(long value) {
        return String.format("%,d", value).replace(',', '.');
    }

    private static String message(FacesContext context, UIComponent component, String value) {
        Object label = component.getAttributes().get("label");
        String field = label == null ? component.getClientId(context) : label.toString();
        String pattern = ResourceBundle.getBundle("id.berdaya.interfaces.i18n.validation", context.getViewRoot().getLocale())
                .getString("berdaya.converter.Rupiah");
        return MessageFormat.format(pattern, value, field);
    }
}

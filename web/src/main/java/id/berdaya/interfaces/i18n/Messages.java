package id.berdaya.interfaces.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI texts in the session's language, for messages built in Java. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "id.berdaya.interfaces.i18n.messages";

    @Inject
    private LocaleBean localeBean;

    public String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, localeBean.getLocale());
        try {
            String text = bundle.getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, localeBean.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

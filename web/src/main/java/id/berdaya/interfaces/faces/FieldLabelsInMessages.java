package id.berdaya.interfaces.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Before a page is rendered, every message attached to a field names that field by the label the user
 * sees ("Jumlah"), never by its client id ("repay:amount") or the service's internal field name
 * ("justification"). The label is the input's own label attribute, else the text of the label element
 * pointing at it.
 */
public class FieldLabelsInMessages implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> clientIds = new ArrayList<>();
        faces.getClientIdsWithMessages().forEachRemaining(id -> {
            if (id != null) {
                clientIds.add(id);
            }
        });
        if (clientIds.isEmpty()) {
            return;
        }
        Map<String, String> labels = labelsByClientId(faces);
        for (String clientId : clientIds) {
            UIComponent component = faces.getViewRoot().findComponent(":" + clientId);
            String label = component == null ? null : labelOf(component, labels.get(clientId));
            if (label == null || label.isBlank()) {
                continue;
            }
            for (Iterator<FacesMessage> it = faces.getMessages(clientId); it.hasNext();) {
                FacesMessage message = it.next();
                message.setSummary(relabel(message.getSummary(), clientId, component.getId(), label));
                message.setDetail(relabel(message.getDetail(), clientId, component.getId(), label));
            }
        }
    }

    static String relabel(String text, String clientId, String localId, String label) {
        if (text == null) {
            return null;
        }
        String result = text.replace(clientId, label);
        result = Pattern.compile("(?<![\\w:])" + Pattern.quote(localId) + "(?![\\w:])")
                .matcher(result).replaceAll(Matcher.quoteReplacement(label));
        return result;
    }

    private static String labelOf(UIComponent component, String fromLabelElement) {
        Object own = component.getAttributes().get("label");
        if (own instanceof String text && !text.isBlank() && !text.equals(component.getClientId())) {
            return text;
        }
        return fromLabelElement;
    }

    /** The visible text of every label element (h:outputLabel, p:outputLabel), by its target's client id. */
    private static Map<String, String> labelsByClientId(FacesContext faces) {
        Map<String, String> labels = new HashMap<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, target) -> {
            if (target instanceof HtmlOutputLabel || target.getClass().getName().endsWith(".OutputLabel")) {
                Object forId = target.getAttributes().get("for");
                Object value = target.getAttributes().get("value");
                if (forId instanceof String id && value != null) {
                    UIComponent input = target.findComponent(id);
                    if (input instanceof UIInput || input != null) {
                        labels.putIfAbsent(input.getClientId(faces), value.toString().replaceAll("\\s*\\*$", ""));
                    }
                }
            }
            return VisitResult.ACCEPT;
        });
        return labels;
    }
}

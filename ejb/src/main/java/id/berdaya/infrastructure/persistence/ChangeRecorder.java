package id.berdaya.infrastructure.persistence;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.domain.shared.Nik;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;

/**
 * Writes the change history of every {@link KeepsHistory} entity: one row per creation, change or
 * removal, with who, when and each field's old and new value, on the session's own connection and so
 * in the transaction of the change (a rolled-back change leaves no history). NIKs are masked; files,
 * collections and {@link KeepsHistory#omit() omitted} fields are not written; a secret (a password
 * hash, a token, a file) is written without its value: "(diubah)" when changed, else "(disembunyikan)".
 */
final class ChangeRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    static final String INSERT = "INSERT INTO change_history (changed_at, changed_by, entity, record_id, action, changes)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final Set<String> NOT_SHOWN = Set.of("version");
    private static final int VALUE_LIMIT = 200;
    private static final int CHANGES_LIMIT = 4000;

    @Override
    public void onPostInsert(PostInsertEvent event) {
        KeepsHistory history = event.getEntity().getClass().getAnnotation(KeepsHistory.class);
        if (history != null) {
            List<String> lines = new ArrayList<>();
            EntityPersister persister = event.getPersister();
            for (int i = 0; i < persister.getPropertyNames().length; i++) {
                describe(event.getSession(), history, persister, i, null, event.getState()[i], false, lines);
            }
            write(event.getSession(), persister, event.getId(), "CREATED", lines);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        KeepsHistory history = event.getEntity().getClass().getAnnotation(KeepsHistory.class);
        if (history != null) {
            List<String> lines = new ArrayList<>();
            EntityPersister persister = event.getPersister();
            Object[] old = event.getOldState();
            int[] dirty = event.getDirtyProperties();
            for (int i = 0; i < persister.getPropertyNames().length; i++) {
                final int index = i;
                boolean changed = dirty != null ? Arrays.stream(dirty).anyMatch(d -> d == index)
                        : old == null || !Objects.equals(old[i], event.getState()[i]);
                if (changed) {
                    describe(event.getSession(), history, persister, i, old == null ? null : old[i], event.getState()[i], true, lines);
                }
            }
            if (!lines.isEmpty()) {
                write(event.getSession(), persister, event.getId(), "CHANGED", lines);
            }
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        KeepsHistory history = event.getEntity().getClass().getAnnotation(KeepsHistory.class);
        if (history != null) {
            List<String> lines = new ArrayList<>();
            EntityPersister persister = event.getPersister();
            Object[] state = event.getDeletedState();
            for (int i = 0; state != null && i < persister.getPropertyNames().length; i++) {
                describe(event.getSession(), history, persister, i, state[i], null, false, lines);
            }
            write(event.getSession(), persister, event.getId(), "REMOVED", lines);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** One line "field: old → new" (a change), "field: value" (a creation or removal), or nothing. */
    private static void describe(EventSource session, KeepsHistory history, EntityPersister persister, int i, Object before,
            Object after, boolean change, List<String> lines) {
        String name = persister.getPropertyNames()[i];
        Type type = persister.getPropertyTypes()[i];
        if (type.isCollectionType() || NOT_SHOWN.contains(name) || Arrays.asList(history.omit()).contains(name)) {
            return;
        }
        if (secret(name) || before instanceof byte[] || after instanceof byte[]) {
            lines.add(name + (change ? ": (diubah)" : ": (disembunyikan)"));
            return;
        }
        String from = text(session, type, before);
        String to = text(session, type, after);
        if (change) {
            if (!from.equals(to)) {
                lines.add(name + ": " + from + " → " + to);
            }
        } else if (before != null || after != null) {
            lines.add(name + ": " + (after != null ? to : from));
        }
    }

    /** A password hash, a token, a secret: "passwordHash" and "tokenHash" are, "passwordMustChange" is not. */
    static boolean secret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("password") || lower.endsWith("hash") || lower.contains("secret") || lower.contains("token");
    }

    private static String text(EventSource session, Type type, Object value) {
        if (value == null) {
            return "–";
        }
        String text;
        if (type.isEntityType()) {
            Object id = value instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getIdentifier()
                    : session.getContextEntityIdentifier(value);
            text = "#" + (id == null ? "?" : id);
        } else if (type instanceof ComponentType component) {
            String[] names = component.getPropertyNames();
            Object[] values = component.getPropertyValues(value);
            Type[] types = component.getSubtypes();
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                if (values[i] != null) {
                    parts.add(names[i] + "=" + text(session, types[i], values[i]));
                }
            }
            text = "{" + String.join(", ", parts) + "}";
        } else {
            text = String.valueOf(value);
        }
        text = Nik.maskAll(text).replaceAll("\\p{Cntrl}", " ");
        return text.length() > VALUE_LIMIT ? text.substring(0, VALUE_LIMIT - 1) + "…" : text;
    }

    private static void write(EventSource session, EntityPersister persister, Object id, String action, List<String> lines) {
        String entity = persister.getMappedClass().getSimpleName();
        String changes = String.join("\n", lines);
        String shortened = changes.length() > CHANGES_LIMIT ? changes.substring(0, CHANGES_LIMIT - 1) + "…" : changes;
        String by = caller();
        session.doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                ps.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
                ps.setString(2, by);
                ps.setString(3, entity);
                ps.setString(4, String.valueOf(id));
                ps.setString(5, action);
                ps.setString(6, shortened);
                ps.executeUpdate();
            }
        });
    }

    /** The signed-in caller, or "sistem" for the server's own work (batch jobs, timers, start-up). */
    private static String caller() {
        try {
            Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            if (principal != null && !principal.getName().isBlank() && !"anonymous".equals(principal.getName())) {
                String name = principal.getName();
                return name.length() > 50 ? name.substring(0, 50) : name;
            }
        } catch (RuntimeException notInARequest) {
            // no security context on this thread
        }
        return "sistem";
    }
}

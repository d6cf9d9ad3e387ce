package id.berdaya.infrastructure.persistence;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Registers the {@link ChangeRecorder} with Hibernate when the persistence unit starts (found through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}).
 */
public class ChangeHistoryIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry listeners = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        ChangeRecorder recorder = new ChangeRecorder();
        listeners.appendListeners(EventType.POST_INSERT, recorder);
        listeners.appendListeners(EventType.POST_UPDATE, recorder);
        listeners.appendListeners(EventType.POST_DELETE, recorder);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing held
    }
}

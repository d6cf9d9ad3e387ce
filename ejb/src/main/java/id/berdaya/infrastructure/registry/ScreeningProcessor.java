package id.berdaya.infrastructure.registry;

import id.berdaya.domain.registry.PersonFacts;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.LocalDate;

/** Screens one registry person with the WRSE rules in force, through {@link RegistryScreening}. */
@Named
@Dependent
public class ScreeningProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private RegistryScreening screening;

    @Inject
    private TargetingStore runs;

    private LocalDate applicationDate;

    @Override
    public Object processItem(Object item) {
        if (applicationDate == null) {
            applicationDate = runs.find(Long.parseLong(runId)).orElseThrow().applicationDate();
        }
        return screening.screen((PersonFacts) item, applicationDate);
    }
}

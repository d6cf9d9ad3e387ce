package id.berdaya.infrastructure.registry;

import id.berdaya.domain.registry.CsvHeader;
import id.berdaya.domain.registry.ExtractRowValidator;
import id.berdaya.infrastructure.registry.ExtractLineReader.NumberedLine;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Validates each line with the domain's {@link ExtractRowValidator}: a row to store or a rejection. */
@Named
@Dependent
public class ExtractRowProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String extractId;

    @Inject
    private ExtractStore extracts;

    @Inject
    private RegionCodes regions;

    private ExtractRowValidator validator;

    @Override
    public Object processItem(Object item) throws Exception {
        if (validator == null) {
            var extract = extracts.find(Long.parseLong(extractId)).orElseThrow();
            String header;
            try (BufferedReader in = Files.newBufferedReader(Path.of(extract.stagedFile()), StandardCharsets.UTF_8)) {
                header = in.readLine();
            }
            validator = new ExtractRowValidator(extract.registry(), extract.asOf(), CsvHeader.parse(header),
                    regions.districtsOf(ExtractRowValidator.DISTRICTS_KNOWN_FOR));
        }
        NumberedLine line = (NumberedLine) item;
        return validator.validate(line.number(), line.text());
    }
}

package id.berdaya.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;

/** Every CSV the API serves has its formula-like cells neutralised ({@link CsvCells}). */
@Provider
public class CsvFormulaGuard implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && "text".equals(type.getType()) && "csv".equals(type.getSubtype())
                && context.getEntity() instanceof String csv) {
            context.setEntity(CsvCells.neutralise(csv));
        }
        context.proceed();
    }
}

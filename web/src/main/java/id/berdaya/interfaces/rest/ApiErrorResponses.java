package id.berdaya.interfaces.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Puts the one error body ({@link ApiError}) into the OpenAPI document: its schema under components,
 * and on every operation the error answers it can give — 400 bad input (the fields at fault named),
 * 401 no or wrong credentials, 403 a role that may not, 404 no such record, and any other error
 * (409 a state conflict, 413 too large, 415 wrong content type, 422 refused by the rules with their
 * reasons, 429 too many attempts, 500) — each with that body.
 */
public class ApiErrorResponses implements OASFilter {

    static final String ERROR_SCHEMA = "ApiError";
    private static final String REF = "#/components/schemas/" + ERROR_SCHEMA;
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Bad input: the message names each field, header or parameter at fault; nothing was saved",
            "401", "No credentials, or a wrong username or password (HTTP Basic)",
            "403", "The account's roles may not do this",
            "404", "No such record",
            "default", "Any other error (409 state conflict, 413 too large, 415 wrong content type, "
                    + "422 refused by the rules with their reasons, 429 too many attempts, 500): the same body");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSchema(ERROR_SCHEMA, errorSchema());
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
                ERRORS.forEach((code, description) -> {
                    if (responses.getAPIResponse(code) == null) {
                        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(errorContent()));
                    }
                });
                operation.setResponses(responses);
            }
        }
    }

    private static Content errorContent() {
        return OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
    }

    private static Schema errorSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("id", string("In Bahasa Indonesia")).addProperty("en", string("In English"));
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string("The field, header or parameter at fault, e.g. nik, applicant.birthDate, asOf"))
                .addProperty("message", string("What is wrong with it"));
        Schema reason = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("code", string("The rule's code, e.g. CEILING_PER_MEMBER"))
                .addProperty("reason", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("The body of every error answer")
                .addRequired("status").addRequired("message").addRequired("errors")
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("The HTTP status"))
                .addProperty("message", string("A summary for a person"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("One entry per bad field (empty when no field is at fault)"))
                .addProperty("reasons", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(reason)
                        .description("Only for a refusal by the rules (422): the rules' reasons"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}

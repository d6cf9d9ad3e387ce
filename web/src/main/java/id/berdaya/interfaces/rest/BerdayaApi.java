package id.berdaya.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, at /berdaya/api, HTTP Basic authentication. */
@ApplicationPath("api")
public class BerdayaApi extends Application {
}

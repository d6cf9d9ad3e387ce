package id.berdaya.interfaces.wrse.web;

import java.io.Serializable;

/** One registry on the appeal form: does it list her, and at which decile (for registries that rank households). */
public class RegistryCorrection implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private boolean listed;
    private Integer decile;

    public RegistryCorrection(String name, boolean listed, Integer decile) {
        this.name = name;
        this.listed = listed;
        this.decile = decile;
    }

    public String getName() {
        return name;
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }

    public Integer getDecile() {
        return decile;
    }

    public void setDecile(Integer decile) {
        this.decile = decile;
    }
}

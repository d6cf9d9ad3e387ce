package id.berdaya.domain.wrse.appeal;

/** Which rule set re-screens an appeal: the one in force at the original decision, or the one in force now. */
public enum RuleSetChoice {
    ORIGINAL,
    CURRENT
}

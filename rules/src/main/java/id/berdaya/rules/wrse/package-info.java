/**
 * WRSE aid eligibility: the {@link id.berdaya.rules.wrse.WrseApplicant} fact and the
 * {@link id.berdaya.rules.wrse.WrseScreener} that runs a WRSE rule set over it. The default rules
 * (one DRL file per criterion, plus score and decision) sit beside these classes under
 * {@code src/main/resources/id/berdaya/rules/wrse}.
 */
package id.berdaya.rules.wrse;

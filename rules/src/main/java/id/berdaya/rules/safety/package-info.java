/**
 * The static safety check of rule text: {@link id.berdaya.rules.safety.RuleTextCheck} refuses, before
 * Drools compiles anything, every DRL or decision table that names a type, method, field or
 * constructor outside the {@link id.berdaya.rules.safety.FactModel}.
 */
package id.berdaya.rules.safety;

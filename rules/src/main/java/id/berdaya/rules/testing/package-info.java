/**
 * Test cases of a rule set: named input facts with the expected decision (WRSE: decision, criterion
 * outcomes, priority score; KUBP: approvable and the violated terms), as JSON, and runners that run
 * them against a compiled rule set and name every difference. The defaults ship as
 * {@code test-cases.json} beside each rule set's DRL.
 */
package id.berdaya.rules.testing;

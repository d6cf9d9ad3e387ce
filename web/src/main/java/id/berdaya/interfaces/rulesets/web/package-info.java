/**
 * The rule-set pages (issue 11) for policy staff and supervisors: the list with each rule set's
 * history, a version's page (the draft editor with the DRL code editor, parameter table and test
 * cases), the diff and the approval page. View-scoped beans call the application services only; the
 * texts are in the {@code rulesets} bundles.
 */
package id.berdaya.interfaces.rulesets.web;

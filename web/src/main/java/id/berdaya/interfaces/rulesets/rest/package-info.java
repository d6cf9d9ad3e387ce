/**
 * The rule-set API under {@code /berdaya/api/rulesets} (issue 11), for policy staff and
 * supervisors: list the rule sets with the version in force, read versions and diffs, edit drafts
 * (whole-document saves with optimistic locking), validate, test, measure the impact, approve and
 * roll back. Resources translate JSON to application-service calls and domain objects to views.
 */
package id.berdaya.interfaces.rulesets.rest;

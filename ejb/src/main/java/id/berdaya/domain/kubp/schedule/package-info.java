/**
 * KUBP repayment schedules: the parameters of an interest-free loan and the strategies that turn
 * them into dated installments. Pure Java: no persistence, no container, no clock; every method
 * is a function of its arguments, so schedules can be rebuilt and tested against golden figures.
 */
package id.berdaya.domain.kubp.schedule;

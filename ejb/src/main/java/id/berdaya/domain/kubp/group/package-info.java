/**
 * KUBP groups: the {@link id.berdaya.domain.kubp.group.KubpGroup} aggregate with its members and
 * its change history. The aggregate checks what it can on its own (NIKs agree with birth date
 * and sex, no one twice, exactly one chair); reference codes and "one borrowing group per person"
 * need the database and are checked by the application service through the repository.
 */
package id.berdaya.domain.kubp.group;

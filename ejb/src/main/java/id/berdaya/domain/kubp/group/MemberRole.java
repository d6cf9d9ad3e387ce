package id.berdaya.domain.kubp.group;

/** A member's office in her group; a group has exactly one chair. */
public enum MemberRole {
    CHAIR,
    SECRETARY,
    TREASURER,
    MEMBER
}

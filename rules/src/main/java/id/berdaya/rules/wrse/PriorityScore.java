package id.berdaya.rules.wrse;

/** The total priority score fact, summed by a rule from the score components. */
public final class PriorityScore {

    private final int points;

    public PriorityScore(int points) {
        this.points = points;
    }

    public int getPoints() {
        return points;
    }

    @Override
    public String toString() {
        return Integer.toString(points);
    }
}

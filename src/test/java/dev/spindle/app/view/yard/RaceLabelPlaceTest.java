package dev.spindle.app.view.yard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

/** The missing edge's label goes where it is whole inside the yard and clear of both tokens. */
class RaceLabelPlaceTest {
    private static final double[] ONE = {290, 22};
    private static final double[] TWO = {175, 40};

    private static void assertWholeAndClear(RaceLabelPlace p, Bounds a, Bounds b, Bounds yard) {
        double[] size = p.twoLines() ? TWO : ONE;
        Bounds label = new BoundingBox(p.x(), p.y(), size[0], size[1]);
        assertThat(yard.contains(label)).as(label + " in " + yard).isTrue();
        assertThat(label.intersects(a)).isFalse();
        assertThat(label.intersects(b)).isFalse();
    }

    @Test
    void adjacentLanesInANarrowYardPutTheLabelOnTwoLinesBesideTheTokens() {
        // 1024x768: the yard is ~340 wide, the running slots at x ~60; one line does not fit on either side.
        Bounds yard = new BoundingBox(0, 0, 340, 420);
        Bounds a = new BoundingBox(55, 85, 40, 40);
        Bounds b = new BoundingBox(55, 145, 40, 40);
        RaceLabelPlace p = RaceLabelPlace.of(a, b, ONE, TWO, yard);
        assertThat(p.twoLines()).isTrue();
        assertThat(p.x()).isGreaterThan(95);
        assertWholeAndClear(p, a, b, yard);
    }

    @Test
    void aWideYardKeepsOneLineRightOfTheTokens() {
        Bounds yard = new BoundingBox(0, 0, 700, 420);
        Bounds a = new BoundingBox(150, 85, 40, 40);
        Bounds b = new BoundingBox(150, 145, 40, 40);
        RaceLabelPlace p = RaceLabelPlace.of(a, b, ONE, TWO, yard);
        assertThat(p.twoLines()).isFalse();
        assertThat(p.x()).isEqualTo(190 + RaceLabelPlace.GAP);
        assertWholeAndClear(p, a, b, yard);
    }

    @Test
    void tokensAtTheRightEdgeGetTheLabelOnTheirLeft() {
        Bounds yard = new BoundingBox(0, 0, 700, 420);
        Bounds a = new BoundingBox(600, 85, 40, 40);
        Bounds b = new BoundingBox(640, 85, 40, 40);
        RaceLabelPlace p = RaceLabelPlace.of(a, b, ONE, TWO, yard);
        assertThat(p.x() + ONE[0]).isLessThan(600);
        assertWholeAndClear(p, a, b, yard);
    }

    @Test
    void aYardNarrowerThanEitherFormGoesBelowInside() {
        Bounds yard = new BoundingBox(0, 0, 300, 420);
        Bounds a = new BoundingBox(10, 85, 40, 40);
        Bounds b = new BoundingBox(250, 85, 40, 40);
        RaceLabelPlace p = RaceLabelPlace.of(a, b, ONE, TWO, yard);
        assertThat(p.y()).isGreaterThanOrEqualTo(125);
        assertWholeAndClear(p, a, b, yard);
    }
}

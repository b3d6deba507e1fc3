package dev.spindle.runtime.race;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Plain accesses against sync/atomic ones in one location's shadow, as Go's detector judges
 * them: unordered accesses race when one writes and not both are atomic.
 */
class ShadowAtomicTest {
    /** Goroutine slot {@code tid} at clock 1, having seen nothing of the others. */
    private static VectorClock clock(int tid) {
        VectorClock vc = new VectorClock();
        vc.set(tid, 1);
        return vc;
    }

    private static long now(int tid) {
        return Epoch.of(tid, 1);
    }

    @Test
    void twoAtomicAccessesNeverRace() {
        Shadow s = new Shadow();
        assertThat(s.write(now(0), clock(0), 1, null, true)).isNull();
        assertThat(s.write(now(1), clock(1), 2, null, true)).isNull();
        assertThat(s.read(now(2), clock(2), 3, null, true)).isNull();
    }

    @Test
    void aPlainReadRacesAnAtomicWriteAndAnAtomicReadAPlainWrite() {
        Shadow s = new Shadow();
        assertThat(s.write(now(0), clock(0), 1, null, true)).isNull();
        Shadow.Previous p = s.read(now(1), clock(1), 2, null, false);
        assertThat(p).isNotNull();
        assertThat(p.write()).isTrue();
        assertThat(p.goid()).isEqualTo(1);

        Shadow t = new Shadow();
        assertThat(t.write(now(0), clock(0), 1, null, false)).isNull();
        assertThat(t.read(now(1), clock(1), 2, null, true)).isNotNull();
    }

    @Test
    void anAtomicWriteRacesAPlainReadButNotAnAtomicOne() {
        Shadow s = new Shadow();
        assertThat(s.read(now(0), clock(0), 1, null, false)).isNull();
        assertThat(s.write(now(1), clock(1), 2, null, true)).isNotNull();

        Shadow t = new Shadow();
        assertThat(t.read(now(0), clock(0), 1, null, true)).isNull();
        assertThat(t.write(now(1), clock(1), 2, null, true)).isNull();
    }

    @Test
    void anAtomicWriteKeepsTheAtomicReadsAPlainWriteMayStillRaceWith() {
        Shadow s = new Shadow();
        assertThat(s.read(now(0), clock(0), 1, null, true)).isNull();
        assertThat(s.write(now(1), clock(1), 2, null, true)).isNull();
        // Slot 2 has seen slot 1's atomic write (an acquire) but nothing of slot 0.
        VectorClock vc = clock(2);
        vc.set(1, 1);
        Shadow.Previous p = s.write(now(2), vc, 3, null, false);
        assertThat(p).as("the plain write races the atomic read of goroutine 1").isNotNull();
        assertThat(p.write()).isFalse();
        assertThat(p.goid()).isEqualTo(1);
    }

    @Test
    void orderedAccessesDoNotRaceWhateverTheirKind() {
        Shadow s = new Shadow();
        assertThat(s.write(now(0), clock(0), 1, null, true)).isNull();
        VectorClock after = clock(1);
        after.set(0, 1);
        assertThat(s.read(now(1), after, 2, null, false)).isNull();
        assertThat(s.write(now(1), after, 2, null, false)).isNull();
    }
}

package dev.spindle.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spindle.runtime.spi.Slice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** AllGs must behave like the LinkedHashMap it replaced: id order, get, remove, size. */
class AllGsTest {

    private static G g(long id) {
        return new G(id, 1, "main.f", 3, (resume, budget) -> new Slice.Finished(1));
    }

    @Test
    void behavesLikeALinkedHashMapUnderRandomSpawnsAndExits() {
        Map<Long, G> all = new AllGs();
        Map<Long, G> model = new LinkedHashMap<>();
        Random r = new Random(5);
        long next = 1;
        List<Long> alive = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            if (alive.isEmpty() || r.nextInt(3) > 0) {
                G g = g(next++);
                assertThat(all.put(g.id, g)).isNull();
                model.put(g.id, g);
                alive.add(g.id);
            } else {
                Long id = alive.remove(r.nextInt(alive.size()));
                assertThat(all.remove(id)).isSameAs(model.remove(id));
                assertThat(all.remove(id)).isNull();
            }
            if (step % 997 == 0) {
                assertThat(List.copyOf(all.values())).containsExactlyElementsOf(model.values());
                assertThat(all.keySet()).containsExactlyElementsOf(model.keySet());
            }
            assertThat(all.size()).isEqualTo(model.size());
        }
        for (long id = 0; id < next + 2; id++) {
            assertThat(all.get(id)).isSameAs(model.get(id));
        }
    }

    @Test
    void refusesAnIdOlderThanTheNewest() {
        Map<Long, G> all = new AllGs();
        all.put(7L, g(7));
        all.put(9L, g(9));
        assertThatThrownBy(() -> all.put(8L, g(8))).isInstanceOf(IllegalStateException.class);
        G again = g(9);
        assertThat(all.put(9L, again)).isNotNull();
        assertThat(all.get(9L)).isSameAs(again);
    }
}

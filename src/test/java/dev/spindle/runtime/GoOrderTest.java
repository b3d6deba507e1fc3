package dev.spindle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.runtime.spi.Chan;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.WaitGroup;
import org.junit.jupiter.api.Test;

/** Scripted versions of the corpus's single-P ("exact1") programs give Go's output. */
class GoOrderTest {

    @Test
    void goschedAlternates() {
        var wg = new WaitGroup("wg");
        Script main = Script.of().op(new RuntimeOp.WgAdd(wg, 2));
        for (String word : new String[] {"tick", "tock"}) {
            Script say = Script.of();
            for (int i = 0; i < 3; i++) {
                say.work(20).println(word + " " + i).op(new RuntimeOp.Gosched());
            }
            main.op(new RuntimeOp.Go(say.op(new RuntimeOp.WgAdd(wg, -1)), "main.say", 20));
        }
        main.op(new RuntimeOp.WgWait(wg)).println("end");
        var run = Runs.run(Runs.config(1, 1).withRunQueueCapacity(256), main);
        assertThat(run.stdout()).isEqualTo("tock 0\ntick 0\ntock 1\ntick 1\ntock 2\ntick 2\nend\n");
    }

    @Test
    void twoGoroutinesNewestFirst() {
        var wg = new WaitGroup("wg");
        Script main = Script.of().op(new RuntimeOp.WgAdd(wg, 2))
                .op(new RuntimeOp.Go(Script.of().println("first goroutine says hi").op(new RuntimeOp.WgAdd(wg, -1)), "main.main.func1", 9))
                .op(new RuntimeOp.Go(Script.of().println("second goroutine says hi").op(new RuntimeOp.WgAdd(wg, -1)), "main.main.func2", 13))
                .println("main is waiting").op(new RuntimeOp.WgWait(wg)).println("main is done");
        var run = Runs.run(Runs.config(1, 1).withRunQueueCapacity(256), main);
        assertThat(run.stdout()).isEqualTo("main is waiting\nsecond goroutine says hi\nfirst goroutine says hi\nmain is done\n");
    }

    @Test
    void spawnOrderWithBufferedResults() {
        var wg = new WaitGroup("wg");
        var results = new Chan(5, "", "results");
        Script main = Script.of().op(new RuntimeOp.ChanMake(results));
        for (int n = 0; n < 5; n++) {
            main.op(new RuntimeOp.WgAdd(wg, 1)).op(new RuntimeOp.Go(Script.of().println("task " + n + " running")
                    .op(new RuntimeOp.ChanSend(results, "r" + n * n)).op(new RuntimeOp.WgAdd(wg, -1)), "main.main.func1", 14));
        }
        StringBuilder all = new StringBuilder();
        main.op(new RuntimeOp.WgWait(wg)).op(new RuntimeOp.ChanClose(results));
        for (int i = 0; i < 6; i++) {
            main.op(new RuntimeOp.ChanRecv(results), r -> {
                var rec = (dev.spindle.runtime.spi.Resume.Received) r;
                if (rec.ok()) {
                    all.append(all.isEmpty() ? "" : ",").append(rec.value());
                }
            });
        }
        var run = Runs.run(Runs.config(1, 1).withRunQueueCapacity(256), main);
        assertThat(run.stdout()).isEqualTo("task 4 running\ntask 0 running\ntask 1 running\ntask 2 running\ntask 3 running\n");
        assertThat(all.toString()).isEqualTo("r16,r0,r1,r4,r9");
    }
}

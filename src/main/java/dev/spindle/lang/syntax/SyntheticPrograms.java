package dev.spindle.lang.syntax;

/**
 * Generates valid Tier-1 Go programs of a requested size, for benchmarking the front end and the
 * whole compile pipeline ({@code spindle bench}). The program is a sequence of small, varied
 * units — structs with methods, closures, maps, loops, switches, channels and goroutines — each
 * self-contained so that the checker accepts it, and called from {@code main} so nothing is
 * unused. The output is deterministic: the same size always gives the same program.
 */
public final class SyntheticPrograms {

    private SyntheticPrograms() {
    }

    /** A program of about {@code lines} lines (at least one unit). */
    public static String generate(int lines) {
        StringBuilder sb = new StringBuilder(lines * 24);
        sb.append("package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n\t\"sync\"\n)\n\n");
        int units = 0;
        int approxLines = 14; // header and main
        while (approxLines < lines || units == 0) {
            approxLines += unit(sb, units) + 1; // the unit and its call in main
            units++;
        }
        sb.append("func main() {\n\ttotal := 0\n");
        for (int i = 0; i < units; i++) {
            sb.append("\ttotal += run").append(i).append("()\n");
        }
        sb.append("\tfmt.Println(\"total:\", total)\n}\n");
        return sb.toString();
    }

    /** Appends unit number {@code n} (a type and a function {@code runN() int}); returns its line count. */
    private static int unit(StringBuilder sb, int n) {
        String s = switch (n % 4) {
            case 0 -> """
                    type point%1$d struct {
                    \tx, y int
                    \tname string
                    }

                    func (p *point%1$d) move(dx, dy int) {
                    \tp.x += dx
                    \tp.y -= dy
                    }

                    func (p point%1$d) String() string {
                    \treturn fmt.Sprintf("%%s(%%d,%%d)", p.name, p.x, p.y)
                    }

                    func run%1$d() int {
                    \tps := []point%1$d{{1, 2, "a"}, {x: 3, y: 4, name: "b"}}
                    \tfor i := range ps {
                    \t\tps[i].move(i, %1$d)
                    \t}
                    \tif len(ps[0].String()) > 100 {
                    \t\treturn -1
                    \t}
                    \treturn ps[0].x + ps[1].y
                    }

                    """;
            case 1 -> """
                    func run%1$d() int {
                    \tcounter := func() func() int {
                    \t\tc := %1$d
                    \t\treturn func() int {
                    \t\t\tc++
                    \t\t\treturn c
                    \t\t}
                    \t}()
                    \tsum := 0
                    \tfor i := 0; i < 10; i++ {
                    \t\tswitch {
                    \t\tcase i%%3 == 0:
                    \t\t\tsum += counter()
                    \t\tcase i%%3 == 1:
                    \t\t\tsum -= i << 1
                    \t\tdefault:
                    \t\t\tsum ^= 0x7f
                    \t\t}
                    \t}
                    \treturn sum
                    }

                    """;
            case 2 -> """
                    func run%1$d() int {
                    \twords := strings.Fields("the quick brown fox jumps over the lazy dog")
                    \tcounts := make(map[string]int)
                    \tfor _, w := range words {
                    \t\tcounts[w]++
                    \t}
                    \tkeys := []string{}
                    \tfor k, v := range counts {
                    \t\tif v > 0 && k != "" {
                    \t\t\tkeys = append(keys, k)
                    \t\t}
                    \t}
                    \tdelete(counts, "the")
                    \tvar arr [4]float64
                    \tarr[%1$d%%4] = 1.5e2
                    \treturn len(keys) + len(counts) + int(arr[0])
                    }

                    """;
            default -> """
                    type worker%1$d interface {
                    \twork(n int) int
                    }

                    type impl%1$d struct{ mu sync.Mutex; done int }

                    func (w *impl%1$d) work(n int) int {
                    \tw.mu.Lock()
                    \tdefer w.mu.Unlock()
                    \tw.done += n
                    \treturn w.done
                    }

                    func run%1$d() int {
                    \tvar w worker%1$d = &impl%1$d{}
                    \tch := make(chan int, 3)
                    \tvar wg sync.WaitGroup
                    \tfor i := 1; i <= 3; i++ {
                    \t\twg.Add(1)
                    \t\tgo func(k int) {
                    \t\t\tdefer wg.Done()
                    \t\t\tch <- w.work(k)
                    \t\t}(i)
                    \t}
                    \twg.Wait()
                    \tclose(ch)
                    \tbest := 0
                    \tfor v := range ch {
                    \t\tselect {
                    \t\tdefault:
                    \t\t\tbest = max(best, v)
                    \t\t}
                    \t}
                    \tif impl, ok := w.(*impl%1$d); ok {
                    \t\treturn impl.done + best
                    \t}
                    \treturn best
                    }

                    """;
        };
        String text = s.formatted(n);
        sb.append(text);
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}

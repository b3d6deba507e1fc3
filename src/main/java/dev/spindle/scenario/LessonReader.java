package dev.spindle.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns lesson.yaml (as a {@link YamlNode} tree) plus the program's source into a
 * {@link Lesson}, collecting every problem with its file, line, column and field instead of
 * stopping at the first. The fields and their rules are listed in package-info.java.
 */
final class LessonReader {
    static final List<String> FIELDS = List.of("title", "summary", "concepts", "ends", "recommended", "prediction",
            "narration", "tools", "compareSeeds", "variants", "goal");
    static final List<String> VARIANT_FIELDS = List.of("title", "file", "summary", "ends", "narration");
    /** A variant's program: a plain .go file name in the lesson's folder (no folders). */
    private static final java.util.regex.Pattern GO_FILE = java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*\\.go");

    /** The lesson folder's files, by name: the text, or null when there is no such file. */
    @FunctionalInterface
    interface SourceFiles {
        String read(String name) throws LessonException;
    }

    private final String file;
    private final String folder;
    private final SourceFiles files;
    private final List<LessonProblem> problems;

    private LessonReader(String file, SourceFiles files, List<LessonProblem> problems) {
        this.file = file;
        int slash = file.lastIndexOf('/');
        this.folder = slash < 0 ? "" : file.substring(0, slash + 1);
        this.files = files;
        this.problems = problems;
    }

    /**
     * Reads the metadata; returns null if there were problems (they are added to {@code problems}).
     *
     * @param file the metadata file's name for messages ({@code lessons/02-waitgroup/lesson.yaml})
     */
    static Lesson read(String file, String yaml, int number, String slug, SourceFiles files,
                       String origin, List<LessonProblem> problems) {
        int before = problems.size();
        YamlNode root = YamlTree.read(file, yaml, problems);
        if (root == null) {
            return null;
        }
        LessonReader r = new LessonReader(file, files, problems);
        Lesson lesson = r.lesson(root, number, slug, origin);
        return problems.size() == before ? lesson : null;
    }

    private Lesson lesson(YamlNode root, int number, String slug, String origin) {
        if (!(root instanceof YamlNode.Map m)) {
            problem(root, "", "expected a mapping of fields (title:, summary:, ...), found " + YamlNode.describe(root));
            return null;
        }
        known(m, "", FIELDS);
        String title = text(m, "title", "", true);
        String summary = text(m, "summary", "", true);
        List<String> concepts = texts(m, "concepts", "", true);
        Ending ending = ending(m, "", Ending.NORMALLY);
        Recommended recommended = recommended(m.entries().get("recommended"));
        Prediction prediction = prediction(m.entries().get("prediction"));
        YamlNode.Entry variantsEntry = m.entries().get("variants");
        List<Variant> variants = variantsEntry == null ? List.of() : variants(variantsEntry, ending);
        String sourceName = LessonLoader.PROGRAM;
        String source = null;
        List<NarrationStep> narration = List.of();
        if (variantsEntry == null) {
            source = source(LessonLoader.PROGRAM, null, "", "missing: a lesson folder holds its program in " + LessonLoader.PROGRAM);
            narration = narration(m.entries().get("narration"), "narration", source == null ? 1 : lines(source));
        } else if (m.entries().containsKey("narration")) {
            YamlNode.Entry n = m.entries().get("narration");
            problems.add(new LessonProblem(file, n.line(), n.column(), "narration",
                    "a lesson with variants tells its narration in each variant (variants[N].narration)"));
        } else if (!variants.isEmpty()) {
            ending = variants.getFirst().ending();
            sourceName = variants.getFirst().sourceName();
            source = variants.getFirst().source();
            narration = variants.getFirst().narration();
        }
        Goal goal = goal(m.entries().get("goal"));
        Set<Tool> tools = tools(m.entries().get("tools"));
        List<Long> seeds = new ArrayList<>();
        YamlNode.Entry seedsEntry = m.entries().get("compareSeeds");
        if (seedsEntry != null) {
            List<YamlNode> items = list(seedsEntry.value(), "compareSeeds");
            for (int i = 0; i < items.size(); i++) {
                Long s = whole(items.get(i), "compareSeeds[" + (i + 1) + "]", Long.MIN_VALUE, Long.MAX_VALUE);
                if (s != null) {
                    seeds.add(s);
                }
            }
        }
        if (title == null || summary == null || concepts == null || recommended == null || source == null) {
            return null;
        }
        return new Lesson(number, slug, title, summary, concepts, ending, recommended, prediction, narration, tools,
                seeds, sourceName, source, origin, variants, 0, goal);
    }

    /** {@code goal: {when: PATTERN, say: TEXT}}: what "You schedule" mode asks the student to make happen. */
    private Goal goal(YamlNode.Entry entry) {
        if (entry == null) {
            return null;
        }
        if (!(entry.value() instanceof YamlNode.Map m)) {
            problem(entry.value(), "goal", "expected a mapping such as {when: print text~\"balance 10\", say: Make the update get lost.}");
            return null;
        }
        known(m, "goal.", List.of("when", "say"));
        String say = text(m, "say", "goal.", true);
        YamlNode.Entry we = m.entries().get("when");
        List<EventPattern> when = new ArrayList<>();
        boolean ok = true;
        if (we != null && we.value() instanceof YamlNode.Seq seq) {
            // Several events, in order: goal.when[1], goal.when[2], ...
            if (seq.items().isEmpty()) {
                problem(we.value(), "goal.when", "must list at least one event pattern");
                ok = false;
            }
            for (int i = 0; i < seq.items().size(); i++) {
                EventPattern p = pattern(seq.items().get(i), "goal.when[" + (i + 1) + "]");
                ok &= p != null;
                if (p != null) {
                    when.add(p);
                }
            }
        } else {
            EventPattern p = pattern(m, "goal");
            ok = p != null;
            if (p != null) {
                when.add(p);
            }
        }
        return say == null || !ok ? null : new Goal(when, say);
    }

    /** {@code ends:} of a lesson or a variant ({@code path} "" or "variants[2]."), or {@code dflt}. */
    private Ending ending(YamlNode.Map m, String path, Ending dflt) {
        YamlNode.Entry endsEntry = m.entries().get("ends");
        if (endsEntry == null) {
            return dflt;
        }
        String word = scalar(endsEntry.value(), path + "ends");
        if (word == null) {
            return dflt;
        }
        Ending ending = Ending.ofWord(word);
        if (ending == null) {
            problem(endsEntry.value(), path + "ends", "expected normally, panic or deadlock, found \"" + word + "\"");
            return dflt;
        }
        return ending;
    }

    /** {@code variants:}: at least two programs, each a .go file of the folder with a title. */
    private List<Variant> variants(YamlNode.Entry entry, Ending lessonEnding) {
        List<Variant> out = new ArrayList<>();
        List<YamlNode> items = list(entry.value(), "variants");
        if (items.size() == 1) {
            problem(entry.value(), "variants", "a gallery needs at least 2 variants (one program belongs in main.go)");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "variants[" + (i + 1) + "]";
            if (!(items.get(i) instanceof YamlNode.Map m)) {
                problem(items.get(i), path, "expected a variant with title: and file:, found " + YamlNode.describe(items.get(i)));
                continue;
            }
            known(m, path + ".", VARIANT_FIELDS);
            String title = text(m, "title", path + ".", true);
            String summary = text(m, "summary", path + ".", false);
            String name = text(m, "file", path + ".", true);
            String source = null;
            if (name != null) {
                YamlNode at = m.entries().get("file").value();
                if (!GO_FILE.matcher(name).matches()) {
                    problem(at, path + ".file", "expected a .go file in the lesson's folder, such as send.go, found \"" + name + "\"");
                } else if (!seen.add(name)) {
                    problem(at, path + ".file", name + " is already variant " + (indexOf(out, name) + 1) + "'s program");
                } else {
                    source = source(name, at, path + ".file", "no such file in the lesson's folder: " + folder + name);
                }
            }
            List<NarrationStep> narration = narration(m.entries().get("narration"), path + ".narration",
                    source == null ? 1 : lines(source));
            if (title != null && source != null) {
                out.add(new Variant(title, summary == null ? "" : summary, name, source, narration,
                        ending(m, path + ".", lessonEnding)));
            }
        }
        return out;
    }

    private static int indexOf(List<Variant> variants, String name) {
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).sourceName().equals(name)) {
                return i;
            }
        }
        return variants.size();
    }

    /** A program file's text; null (with a problem, at {@code at} or the file itself) when missing. */
    private String source(String name, YamlNode at, String field, String missing) {
        try {
            String text = files.read(name);
            if (text == null) {
                problems.add(at == null ? new LessonProblem(folder + name, 0, 0, "", missing)
                        : new LessonProblem(file, at.line(), at.column(), field, missing));
            }
            return text;
        } catch (LessonException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static int lines(String source) {
        return (int) source.lines().count();
    }

    private Recommended recommended(YamlNode.Entry entry) {
        if (entry == null) {
            return Recommended.DEFAULT;
        }
        if (!(entry.value() instanceof YamlNode.Map m)) {
            problem(entry.value(), "recommended", "expected a mapping such as {cores: 2, seed: 7, speed: 1.0}");
            return null;
        }
        known(m, "recommended.", List.of("cores", "seed", "speed"));
        Recommended d = Recommended.DEFAULT;
        Long cores = m.entries().containsKey("cores")
                ? whole(m.entries().get("cores").value(), "recommended.cores", 1, 256) : Long.valueOf(d.cores());
        Long seed = m.entries().containsKey("seed")
                ? whole(m.entries().get("seed").value(), "recommended.seed", Long.MIN_VALUE, Long.MAX_VALUE) : d.seed();
        Double speed = d.speed();
        YamlNode.Entry sp = m.entries().get("speed");
        if (sp != null) {
            String t = scalar(sp.value(), "recommended.speed");
            speed = null;
            try {
                double v = Double.parseDouble(t == null ? "" : t);
                if (v > 0 && v <= 1000) {
                    speed = v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            if (speed == null && t != null) {
                problem(sp.value(), "recommended.speed", "expected a number above 0 (1.0 is normal speed), found \"" + t + "\"");
            }
        }
        if (cores == null || seed == null || speed == null) {
            return null;
        }
        return new Recommended(cores.intValue(), seed, speed);
    }

    private Prediction prediction(YamlNode.Entry entry) {
        if (entry == null) {
            return null;
        }
        if (!(entry.value() instanceof YamlNode.Map m)) {
            problem(entry.value(), "prediction", "expected a mapping with question, choices, answer and explanation");
            return null;
        }
        known(m, "prediction.", List.of("question", "choices", "answer", "explanation", "outcomes"));
        String question = text(m, "question", "prediction.", true);
        List<String> choices = texts(m, "choices", "prediction.", true);
        String explanation = text(m, "explanation", "prediction.", true);
        YamlNode.Entry a = m.entries().get("answer");
        if (a == null) {
            problem(m, "prediction.answer", "missing: the number of the right choice, counting from 1");
            return null;
        }
        if (choices == null) {
            return null;
        }
        if (choices.size() < 2) {
            problem(m.entries().get("choices").value(), "prediction.choices", "a prediction needs at least 2 choices");
            return null;
        }
        Long answer = whole(a.value(), "prediction.answer", 1, choices.size());
        List<Integer> outcomes = outcomeCounts(m, choices.size());
        if (answer == null || question == null || explanation == null || outcomes == null) {
            return null;
        }
        return new Prediction(question, choices, answer.intValue(), explanation, outcomes);
    }

    /** {@code prediction.outcomes}: one count per choice, each at least 1 (none: an empty list; wrong: null, said). */
    private List<Integer> outcomeCounts(YamlNode.Map m, int choices) {
        YamlNode.Entry e = m.entries().get("outcomes");
        if (e == null) {
            return List.of();
        }
        if (!(e.value() instanceof YamlNode.Seq seq) || seq.items().size() != choices) {
            problem(e.value(), "prediction.outcomes", "expected a list of " + choices
                    + " whole numbers: how many outcomes each choice says the program can have");
            return null;
        }
        List<Integer> counts = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Long n = whole(item, "prediction.outcomes", 1, 1_000_000);
            if (n == null) {
                return null;
            }
            counts.add(n.intValue());
        }
        return counts;
    }

    private List<NarrationStep> narration(YamlNode.Entry entry, String field, int sourceLines) {
        List<NarrationStep> steps = new ArrayList<>();
        if (entry == null) {
            return steps;
        }
        List<YamlNode> items = list(entry.value(), field);
        for (int i = 0; i < items.size(); i++) {
            String path = field + "[" + (i + 1) + "]";
            YamlNode item = items.get(i);
            if (!(item instanceof YamlNode.Map m)) {
                problem(item, path, "expected a step with when: and say:, found " + YamlNode.describe(item));
                continue;
            }
            known(m, path + ".", List.of("when", "say", "lines", "goroutines"));
            String say = text(m, "say", path + ".", true);
            EventPattern when = pattern(m, path);
            List<Integer> lines = new ArrayList<>();
            YamlNode.Entry le = m.entries().get("lines");
            if (le != null) {
                List<YamlNode> ls = list(le.value(), path + ".lines");
                for (int k = 0; k < ls.size(); k++) {
                    Long n = whole(ls.get(k), path + ".lines[" + (k + 1) + "]", 1, Math.max(1, sourceLines));
                    if (n != null) {
                        lines.add(n.intValue());
                    }
                }
            }
            List<Highlight> goroutines = new ArrayList<>();
            YamlNode.Entry ge = m.entries().get("goroutines");
            if (ge != null) {
                List<YamlNode> gs = list(ge.value(), path + ".goroutines");
                for (int k = 0; k < gs.size(); k++) {
                    String itemPath = path + ".goroutines[" + (k + 1) + "]";
                    String word = scalar(gs.get(k), itemPath);
                    if (word == null) {
                        continue;
                    }
                    try {
                        // Without a valid pattern the event is unknown: check the words that need none.
                        goroutines.add(Highlight.parse(word, when == null ? "" : when.event()));
                    } catch (Highlight.BadWord e) {
                        if (when != null || !(word.equals("parent") || word.equals("by") || word.equals("stolen"))) {
                            problem(gs.get(k), itemPath, e.getMessage());
                        }
                    }
                }
            }
            if (say != null && when != null) {
                steps.add(new NarrationStep(when, say, lines, goroutines));
            }
        }
        return steps;
    }

    private EventPattern pattern(YamlNode.Map m, String path) {
        YamlNode.Entry we = m.entries().get("when");
        if (we == null) {
            problem(m, path + ".when", "missing: the event pattern that releases this step, e.g. \"block g=main\"");
            return null;
        }
        return pattern(we.value(), path + ".when");
    }

    /** One event pattern at {@code v} (field path {@code field}); null with a problem when it does not parse. */
    private EventPattern pattern(YamlNode v, String field) {
        String text = scalar(v, field);
        if (text == null) {
            return null;
        }
        try {
            return EventPattern.parse(text);
        } catch (EventPattern.SyntaxException e) {
            problems.add(new LessonProblem(file, v.line(), v.column() + e.offset(), field, e.getMessage()));
            return null;
        }
    }

    private Set<Tool> tools(YamlNode.Entry entry) {
        Set<Tool> tools = EnumSet.noneOf(Tool.class);
        if (entry == null) {
            return tools;
        }
        List<YamlNode> items = list(entry.value(), "tools");
        for (int i = 0; i < items.size(); i++) {
            String word = scalar(items.get(i), "tools[" + (i + 1) + "]");
            if (word == null) {
                continue;
            }
            Tool t = Tool.ofWord(word);
            if (t == null) {
                problem(items.get(i), "tools[" + (i + 1) + "]", "unknown tool \"" + word + "\" (tools: " + Tool.words() + ")");
            } else {
                tools.add(t);
            }
        }
        return tools;
    }

    // ---- typed access with messages ----

    private void known(YamlNode.Map m, String prefix, List<String> fields) {
        for (YamlNode.Entry e : m.entries().values()) {
            if (!fields.contains(e.key())) {
                problems.add(new LessonProblem(file, e.line(), e.column(), prefix + e.key(),
                        "unknown field (known here: " + String.join(", ", fields) + ")"));
            }
        }
    }

    private String text(YamlNode.Map m, String key, String prefix, boolean required) {
        YamlNode.Entry e = m.entries().get(key);
        if (e == null) {
            if (required) {
                problem(m, prefix + key, "missing");
            }
            return null;
        }
        String t = scalar(e.value(), prefix + key);
        if (t != null && t.isBlank()) {
            problem(e.value(), prefix + key, "must not be empty");
            return null;
        }
        return t == null ? null : t.strip();
    }

    private List<String> texts(YamlNode.Map m, String key, String prefix, boolean required) {
        YamlNode.Entry e = m.entries().get(key);
        if (e == null) {
            if (required) {
                problem(m, prefix + key, "missing");
            }
            return null;
        }
        List<YamlNode> items = list(e.value(), prefix + key);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String t = scalar(items.get(i), prefix + key + "[" + (i + 1) + "]");
            if (t != null) {
                out.add(t.strip());
            }
        }
        if (required && items.isEmpty() && e.value() instanceof YamlNode.Seq) {
            problem(e.value(), prefix + key, "must list at least one");
            return null;
        }
        return out;
    }

    private List<YamlNode> list(YamlNode node, String path) {
        if (node instanceof YamlNode.Seq s) {
            return s.items();
        }
        problem(node, path, "expected a list, found " + YamlNode.describe(node));
        return List.of();
    }

    private String scalar(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar s && s.text() != null) {
            return s.text();
        }
        problem(node, path, "expected a value, found " + YamlNode.describe(node));
        return null;
    }

    private Long whole(YamlNode node, String path, long min, long max) {
        String t = scalar(node, path);
        if (t == null) {
            return null;
        }
        try {
            long v = Long.parseLong(t.strip());
            if (v >= min && v <= max) {
                return v;
            }
            problem(node, path, max == Long.MAX_VALUE
                    ? "must be at least " + min + ", found " + v
                    : "must be between " + min + " and " + max + ", found " + v);
            return null;
        } catch (NumberFormatException e) {
            problem(node, path, "expected a whole number, found \"" + t + "\"");
            return null;
        }
    }

    private void problem(YamlNode at, String field, String message) {
        problems.add(new LessonProblem(file, at.line(), at.column(), field, message));
    }
}

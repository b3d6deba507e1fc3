package dev.spindle.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads lessons from the three places they come from: the built-in course on the classpath
 * ({@code /lessons/NN-slug/}), a teacher's lesson folder (main.go + lesson.yaml, the same
 * layout), and a bare {@code .go} file (a lesson with no text, prediction or narration:
 * the program alone, under the default settings). Problems come back as a
 * {@link LessonException} listing each with its file, line, column and field.
 */
public final class LessonLoader {
    /** Folder names of numbered lessons: {@code 02-waitgroup}. */
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})-([a-z0-9][a-z0-9-]*)");
    static final String PROGRAM = "main.go";
    static final String METADATA = "lesson.yaml";

    private LessonLoader() {}

    /** A lesson folder or a .go file, whichever {@code path} is. */
    public static Lesson open(Path path) throws LessonException {
        if (Files.isDirectory(path)) {
            return fromFolder(path);
        }
        if (path.getFileName() != null && path.getFileName().toString().endsWith(".go")) {
            return fromGoFile(path);
        }
        if (path.getFileName() != null && path.getFileName().toString().equals(METADATA) && path.getParent() != null) {
            return fromFolder(path.getParent());
        }
        throw new LessonException(List.of(new LessonProblem(path.toString(), 0, 0, "",
                "not a lesson: open a folder with main.go and lesson.yaml, or a .go file")));
    }

    /**
     * A teacher's folder: lesson.yaml with main.go (or the files its {@code variants:} name), or
     * main.go alone.
     */
    public static Lesson fromFolder(Path dir) throws LessonException {
        String name = dir.toAbsolutePath().normalize().getFileName() == null ? dir.toString()
                : dir.toAbsolutePath().normalize().getFileName().toString();
        Path meta = dir.resolve(METADATA);
        if (!Files.isRegularFile(meta)) {
            Path program = dir.resolve(PROGRAM);
            if (!Files.isRegularFile(program)) {
                throw new LessonException(List.of(new LessonProblem(name + "/" + PROGRAM, 0, 0, "",
                        "missing: a lesson folder holds its program in " + PROGRAM)));
            }
            return bare(name, PROGRAM, read(program, name + "/" + PROGRAM), dir.toString());
        }
        Matcher m = NUMBERED.matcher(name);
        int number = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        String slug = m.matches() ? m.group(2) : name;
        LessonReader.SourceFiles files = file -> {
            Path p = dir.resolve(file);
            return Files.isRegularFile(p) ? read(p, name + "/" + file) : null;
        };
        return build(name + "/" + METADATA, read(meta, name + "/" + METADATA), number, slug, files, dir.toString());
    }

    /** Any .go file, as a lesson without text. */
    public static Lesson fromGoFile(Path file) throws LessonException {
        String name = file.getFileName().toString();
        return bare(name.substring(0, name.length() - 3), name, read(file, name), file.toString());
    }

    /**
     * One built-in lesson from the classpath, e.g. folder {@code 02-waitgroup}; {@code number}
     * is its place in the course.
     */
    static Lesson fromClasspath(String folder, int number) throws LessonException {
        String base = "lessons/" + folder;
        String yaml = resource("/" + base + "/" + METADATA, base + "/" + METADATA);
        Matcher m = NUMBERED.matcher(folder);
        String slug = m.matches() ? m.group(2) : folder;
        LessonReader.SourceFiles files = file -> LessonLoader.class.getResource("/" + base + "/" + file) == null ? null
                : resource("/" + base + "/" + file, base + "/" + file);
        return build(base + "/" + METADATA, yaml, number, slug, files, base);
    }

    static String resource(String path, String shownAs) throws LessonException {
        try (InputStream in = LessonLoader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new LessonException(List.of(new LessonProblem(shownAs, 0, 0, "", "missing from the application")));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonException(List.of(new LessonProblem(shownAs, 0, 0, "", "cannot read: " + e.getMessage())));
        }
    }

    private static Lesson build(String metaName, String yaml, int number, String slug, LessonReader.SourceFiles files,
                                String origin) throws LessonException {
        List<LessonProblem> problems = new ArrayList<>();
        Lesson lesson = LessonReader.read(metaName, yaml, number, slug, files, origin, problems);
        if (lesson == null) {
            throw new LessonException(problems);
        }
        return lesson;
    }

    private static Lesson bare(String title, String sourceName, String source, String origin) {
        return new Lesson(0, title, title, "Your own program, opened from " + origin + ".", List.of(),
                Ending.NORMALLY, Recommended.DEFAULT, null, List.of(), java.util.Set.of(), List.of(),
                sourceName, source, origin, List.of(), 0, null);
    }

    private static String read(Path file, String shownAs) throws LessonException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonException(List.of(new LessonProblem(shownAs, 0, 0, "", "cannot read: " + e.getMessage())));
        } catch (java.io.UncheckedIOException e) {
            throw new LessonException(List.of(new LessonProblem(shownAs, 0, 0, "", "not UTF-8 text")));
        }
    }
}

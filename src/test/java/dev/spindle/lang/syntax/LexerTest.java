package dev.spindle.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LexerTest {

    /** The tokens of src, as "tok" or "tok:lit", and the errors as "L:C msg". */
    private record Lexed(List<String> tokens, List<String> errors) {
    }

    private static Lexed lex(String src) {
        List<String> errors = new ArrayList<>();
        Lexer lx = new Lexer(src, (l, c, msg) -> errors.add(l + ":" + c + " " + msg));
        List<String> toks = new ArrayList<>();
        for (int guard = 0; guard < 10_000; guard++) {
            lx.next();
            if (lx.tok == Token.EOF) break;
            toks.add(lx.lit == null ? lx.tok.text() : lx.tok.text() + ":" + lx.lit);
        }
        return new Lexed(toks, errors);
    }

    private static List<String> tokens(String src) {
        Lexed l = lex(src);
        assertThat(l.errors()).isEmpty();
        return l.tokens();
    }

    @Test
    void insertsSemicolonsAfterLineEndingTokens() {
        assertThat(tokens("x\n")).containsExactly("name:x", ";:newline");
        assertThat(tokens("42\n\"s\"\n'c'\n")).containsExactly(
                "literal:42", ";:newline", "literal:\"s\"", ";:newline", "literal:'c'", ";:newline");
        assertThat(tokens("return\nbreak\ncontinue\nfallthrough\n")).containsExactly(
                "return", ";:newline", "break", ";:newline", "continue", ";:newline", "fallthrough", ";:newline");
        assertThat(tokens("i++\nj--\nf()\na[0]\n}\n")).containsExactly(
                "name:i", "++", ";:newline", "name:j", "--", ";:newline",
                "name:f", "(", ")", ";:newline", "name:a", "[", "literal:0", "]", ";:newline", "}", ";:newline");
    }

    @Test
    void noSemicolonAfterOperatorsOrOpeningTokens() {
        assertThat(tokens("a +\nb")).containsExactly("name:a", "+", "name:b", ";:EOF");
        assertThat(tokens("f(\nx,\n)")).containsExactly("name:f", "(", "name:x", ",", ")", ";:EOF");
        assertThat(tokens("func\nif {\n")).containsExactly("func", "if", "{");
    }

    @Test
    void semicolonAtEndOfFileAndWrittenSemicolons() {
        assertThat(tokens("x")).containsExactly("name:x", ";:EOF");
        assertThat(tokens("a; b")).containsExactly("name:a", ";:semicolon", "name:b", ";:EOF");
    }

    @Test
    void commentsAndMultiLineBlockCommentsActAsNewlines() {
        assertThat(tokens("x // comment\ny")).containsExactly("name:x", ";:newline", "name:y", ";:EOF");
        assertThat(tokens("x /* one line */ y")).containsExactly("name:x", "name:y", ";:EOF");
        assertThat(tokens("x /* two\nlines */ y")).containsExactly("name:x", ";:newline", "name:y", ";:EOF");
        assertThat(tokens("/* a */ /* b\n */")).isEmpty();
    }

    @Test
    void allOperators() {
        String ops = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ "
                + "!= <= >= := ... ( [ { , . ) ] } ; :";
        List<String> expected = new ArrayList<>(List.of(ops.split(" ")));
        expected.replaceAll(s -> s.equals(";") ? ";:semicolon" : s);
        assertThat(tokens(ops)).containsExactlyElementsOf(expected);
    }

    @Test
    void keywordsAndUnicodeIdentifiers() {
        assertThat(tokens("func go chan select defer")).containsExactly("func", "go", "chan", "select", "defer");
        assertThat(tokens("été _x x1 π")).containsExactly("name:été", "name:_x", "name:x1", "name:π", ";:EOF");
    }

    static Stream<Arguments> literals() {
        return Stream.of(
                Arguments.of("0", LitKind.INT),
                Arguments.of("42", LitKind.INT),
                Arguments.of("0x1F", LitKind.INT),
                Arguments.of("0X_1f", LitKind.INT),
                Arguments.of("0o17", LitKind.INT),
                Arguments.of("0O17", LitKind.INT),
                Arguments.of("017", LitKind.INT),
                Arguments.of("0b1010", LitKind.INT),
                Arguments.of("1_000_000", LitKind.INT),
                Arguments.of("1.5", LitKind.FLOAT),
                Arguments.of(".5", LitKind.FLOAT),
                Arguments.of("1.", LitKind.FLOAT),
                Arguments.of("1e9", LitKind.FLOAT),
                Arguments.of("1E-3", LitKind.FLOAT),
                Arguments.of("6.02e+23", LitKind.FLOAT),
                Arguments.of("0x1p-2", LitKind.FLOAT),
                Arguments.of("0x1.8p1", LitKind.FLOAT),
                Arguments.of("1_0.2_5", LitKind.FLOAT),
                Arguments.of("'a'", LitKind.RUNE),
                Arguments.of("'\\n'", LitKind.RUNE),
                Arguments.of("'\\x41'", LitKind.RUNE),
                Arguments.of("'\\101'", LitKind.RUNE),
                Arguments.of("'\\u00e9'", LitKind.RUNE),
                Arguments.of("'\\U0001F600'", LitKind.RUNE),
                Arguments.of("'é'", LitKind.RUNE),
                Arguments.of("'\\''", LitKind.RUNE),
                Arguments.of("\"\"", LitKind.STRING),
                Arguments.of("\"a\\tb\\\\\\\"\"", LitKind.STRING),
                Arguments.of("`raw\\n`", LitKind.STRING));
    }

    @ParameterizedTest
    @MethodSource("literals")
    void literalForms(String src, LitKind kind) {
        List<String> errors = new ArrayList<>();
        Lexer lx = new Lexer(src, (l, c, msg) -> errors.add(msg));
        lx.next();
        assertThat(errors).isEmpty();
        assertThat(lx.tok).isEqualTo(Token.LITERAL);
        assertThat(lx.kind).isEqualTo(kind);
        assertThat(lx.lit).isEqualTo(src);
        lx.next();
        assertThat(lx.tok).isEqualTo(Token.SEMICOLON);
    }

    static Stream<Arguments> lexicalErrors() {
        return Stream.of(
                Arguments.of("x := @", "1:6 invalid character U+0040 '@'"),
                Arguments.of("s := \"abc\nx", "1:10 newline in string"),
                Arguments.of("s := \"abc", "1:6 string not terminated"),
                Arguments.of("s := `abc", "1:6 string not terminated"),
                Arguments.of("r := 'a", "1:6 rune literal not terminated"),
                Arguments.of("r := ''", "1:7 empty rune literal or unescaped '"),
                Arguments.of("r := 'ab'", "1:6 more than one character in rune literal"),
                Arguments.of("r := 'a\n", "1:8 newline in rune literal"),
                Arguments.of("x := 0128", "1:9 invalid digit '8' in octal literal"),
                Arguments.of("x := 0b102", "1:10 invalid digit '2' in binary literal"),
                Arguments.of("x := 0x", "1:8 hexadecimal literal has no digits"),
                Arguments.of("x := 1__0", "1:8 '_' must separate successive digits"),
                Arguments.of("x := 1_", "1:7 '_' must separate successive digits"),
                Arguments.of("x := 1e", "1:8 exponent has no digits"),
                Arguments.of("x := 0x1.8", "1:11 hexadecimal mantissa requires a 'p' exponent"),
                Arguments.of("x := 0b1.0", "1:9 invalid radix point in binary literal"),
                Arguments.of("x := 0x1e3p", "1:12 exponent has no digits"),
                Arguments.of("x := 2i", "1:6 complex numbers are not supported by spindle"),
                Arguments.of("s := \"\\q\"", "1:8 unknown escape"),
                Arguments.of("s := \"\\x4g\"", "1:10 invalid character 'g' in hexadecimal escape"),
                Arguments.of("s := \"\\400\"", "1:11 octal escape value 256 > 255"),
                Arguments.of("s := \"\\uD800\"", "1:13 escape is invalid Unicode code point U+D800"),
                Arguments.of("/* abc", "1:1 comment not terminated"),
                Arguments.of("x\u0000", "1:2 invalid NUL character"),
                Arguments.of("x \uFEFF", "1:3 invalid BOM in the middle of the file"),
                Arguments.of("x := ·", "1:6 invalid character U+00B7 '·' in identifier"),
                Arguments.of("x := a\u00a0", "1:7 invalid character U+00A0 in identifier"));
    }

    @ParameterizedTest
    @MethodSource("lexicalErrors")
    void lexicalErrorsInGoWords(String src, String error) {
        assertThat(lex(src).errors()).containsExactly(error);
    }

    @Test
    void byteOrderMarkAtTheStartIsIgnored() {
        assertThat(tokens("\uFEFFpackage main")).containsExactly("package", "name:main", ";:EOF");
    }

    @Test
    void columnsCountBytesAndTabsAsOne() {
        List<String> errors = new ArrayList<>();
        Lexer lx = new Lexer("\tété @", (l, c, msg) -> errors.add(l + ":" + c));
        lx.next();
        assertThat(lx.tokCol).isEqualTo(2);
        lx.next();
        assertThat(errors).containsExactly("1:8"); // tab(1) + été (5 bytes) + space
    }
}

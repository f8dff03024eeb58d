package io.wsnotify.client;

/** A position in a JSON text, and the reading of its tokens: punctuation, strings and literals. */
final class JsonCursor {
    private final String text;
    private int at;

    JsonCursor(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    int position() {
        return at;
    }

    void moveTo(int position) {
        at = position;
    }

    boolean atEnd() {
        return at >= text.length();
    }

    char current() {
        if (atEnd()) {
            throw error("unexpected end");
        }
        return text.charAt(at);
    }

    boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    boolean consume(char c) {
        if (peek(c)) {
            at++;
            return true;
        }
        return false;
    }

    void expect(char c) {
        if (!consume(c)) {
            throw error("expected '" + c + "'");
        }
    }

    void skipWhitespace() {
        while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("expected " + word);
        }
        at += word.length();
        return value;
    }

    /** The string starting at the cursor's opening quote, unescaped. */
    String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = current();
            at++;
            if (c == '"') {
                return out.toString();
            } else if (c == '\\') {
                out.append(escape());
            } else if (c < 0x20) {
                throw error("control character in a string");
            } else {
                out.append(c);
            }
        }
    }

    private char escape() {
        char c = current();
        at++;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (at + 4 > text.length()) {
                    throw error("short \\u escape");
                }
                for (int i = at; i < at + 4; i++) {
                    if (Character.digit(text.charAt(i), 16) < 0) {
                        throw error("bad \\u escape");
                    }
                }
                at += 4;
                return (char) Integer.parseInt(text, at - 4, at, 16);
            default:
                throw error("bad escape \\" + c);
        }
    }

    IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("malformed JSON at character " + at + ": " + problem);
    }
}

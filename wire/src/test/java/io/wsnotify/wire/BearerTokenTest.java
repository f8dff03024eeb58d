package io.wsnotify.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The token a request presents: the Bearer header first, else ?token=, and empty is none. */
class BearerTokenTest {

    @Test
    void readsTheBearerHeaderInAnyCase() {
        assertEquals("abc", BearerToken.presented("Bearer abc", null));
        assertEquals("abc", BearerToken.presented("bearer abc", null));
        assertEquals("abc", BearerToken.presented("BEARER   abc  ", null));
        assertEquals("a.b.c", BearerToken.presented("Bearer\ta.b.c", "other"));
    }

    @Test
    void theHeaderWinsOverTheQuery() {
        assertEquals("header", BearerToken.presented("Bearer header", "query"));
    }

    @Test
    void fallsBackToTheQueryWhenTheHeaderCarriesNoBearerToken() {
        assertEquals("query", BearerToken.presented(null, "query"));
        assertEquals("query", BearerToken.presented("Basic dXNlcjpwYXNz", "query"));
        assertEquals("query", BearerToken.presented("Bearer", "query"));
        assertEquals("query", BearerToken.presented("Bearer   ", "query"));
        assertEquals("query", BearerToken.presented("Bearerabc", "query"));
    }

    @Test
    void anEmptyTokenIsNone() {
        assertNull(BearerToken.presented(null, null));
        assertNull(BearerToken.presented(null, ""));
        assertNull(BearerToken.presented("Bearer ", ""));
    }
}

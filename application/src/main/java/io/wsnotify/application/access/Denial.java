package io.wsnotify.application.access;

import java.util.Locale;

/** Why a valid credential may not do what it asks (answered 403). */
public enum Denial {
    /** The signed token lacks the scope the operation needs ({@code publish}, or any for reads). */
    MISSING_SCOPE,
    /** The signed token asks to read as a client other than its subject. */
    WRONG_SUBJECT,
    /** The signed token asks for a topic outside its {@code topics} claim. */
    TOPIC_NOT_ALLOWED;

    /** The lower-case name used as a metric label: {@code missing_scope}… */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

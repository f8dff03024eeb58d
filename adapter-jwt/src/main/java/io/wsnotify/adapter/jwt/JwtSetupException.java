package io.wsnotify.adapter.jwt;

/**
 * The signed-token settings cannot be used: a secret too short, a JWKS file that cannot be read or
 * holds no usable key. {@link #setting()} names the part at fault; the message never holds a secret.
 */
public final class JwtSetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String setting;

    JwtSetupException(String setting, String problem) {
        super(problem);
        this.setting = setting;
    }

    /** The setting at fault, as named under {@code notify.security.jwt}: {@code secret} or {@code jwks-file}. */
    public String setting() {
        return setting;
    }
}

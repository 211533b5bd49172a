package dev.netlab.core.engine;

/** A setting whose value is not allowed, naming the setting so the caller can point at it. */
public final class SettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public SettingException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The setting's key, for example {@code loss}. */
    public String key() {
        return key;
    }
}

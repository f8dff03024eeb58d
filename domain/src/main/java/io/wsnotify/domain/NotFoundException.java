package io.wsnotify.domain;

/** An expected outcome: the resource asked for does not exist. */
public final class NotFoundException extends RuntimeException {
    private final String resource;
    private final long id;

    public NotFoundException(String resource, long id) {
        super(resource + " " + id + " not found");
        this.resource = resource;
        this.id = id;
    }

    /** "task" or "device". */
    public String resource() {
        return resource;
    }

    public long id() {
        return id;
    }

    public static NotFoundException task(TaskId id) {
        return new NotFoundException("task", id.value());
    }

    public static NotFoundException device(DeviceId id) {
        return new NotFoundException("device", id.value());
    }
}

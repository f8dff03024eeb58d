package io.wsnotify.bench;

/**
 * The CPU of one phase of a run: the server's, and what processes other than the server and this client took,
 * in % of one core (how fair a figure from a shared machine is).
 */
final class PhaseCpu {

    private final ProcProbe server;
    private final ProcProbe self = ProcProbe.self();
    private final ProcSample serverStart;
    private final ProcSample selfStart;
    private final long machineStart;
    private long serverNanos = -1;
    private double otherPercent = Double.NaN;

    private PhaseCpu(ProcProbe server) {
        this.server = server;
        this.serverStart = server.sample();
        this.selfStart = self.sample();
        this.machineStart = MachineProbe.busyNanos();
    }

    /** Starts measuring now. */
    static PhaseCpu start(ProcProbe server) {
        return new PhaseCpu(server);
    }

    /** Ends the phase now. */
    PhaseCpu stop() {
        ProcSample serverEnd = server.sample();
        ProcSample selfEnd = self.sample();
        long machineEnd = MachineProbe.busyNanos();
        serverNanos = serverEnd.cpuSince(serverStart);
        long selfCpu = selfEnd.cpuSince(selfStart);
        long wall = selfEnd.atNanos() - selfStart.atNanos();
        if (serverNanos >= 0 && selfCpu >= 0 && machineStart >= 0 && machineEnd >= 0 && wall > 0) {
            otherPercent = 100.0 * Math.max(0, machineEnd - machineStart - serverNanos - selfCpu) / wall;
        }
        return this;
    }

    /** The server's CPU time over the phase in ns, -1 when unknown. */
    long serverNanos() {
        return serverNanos;
    }

    /** The others' CPU over the phase in % of one core, NaN when unknown. */
    double otherPercent() {
        return otherPercent;
    }
}

package io.wsnotify.bench;

/**
 * The CPU that processes other than the server and this client took over a stretch of time, in % of one core:
 * how fair a figure from a shared machine is.
 */
final class OtherLoad {

    private final ProcProbe server;
    private final ProcProbe self = ProcProbe.self();
    private final ProcSample serverStart;
    private final ProcSample selfStart;
    private final long machineStart;

    private OtherLoad(ProcProbe server) {
        this.server = server;
        this.serverStart = server.sample();
        this.selfStart = self.sample();
        this.machineStart = MachineProbe.busyNanos();
    }

    /** Starts measuring now. */
    static OtherLoad start(ProcProbe server) {
        return new OtherLoad(server);
    }

    /** The others' CPU since the start, in % of one core; NaN when a figure is unknown. */
    double percent() {
        ProcSample serverEnd = server.sample();
        ProcSample selfEnd = self.sample();
        long machineEnd = MachineProbe.busyNanos();
        long serverCpu = serverEnd.cpuSince(serverStart);
        long selfCpu = selfEnd.cpuSince(selfStart);
        long wall = selfEnd.atNanos() - selfStart.atNanos();
        if (serverCpu < 0 || selfCpu < 0 || machineStart < 0 || machineEnd < 0 || wall <= 0) {
            return Double.NaN;
        }
        return 100.0 * Math.max(0, machineEnd - machineStart - serverCpu - selfCpu) / wall;
    }
}

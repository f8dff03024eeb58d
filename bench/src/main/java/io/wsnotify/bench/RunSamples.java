package io.wsnotify.bench;

/**
 * The /proc samples of one run: the server at four points, the benchmark itself and the whole machine (busy
 * CPU ns) around the event phase, and optionally the server before and after connecting, each after a full GC.
 */
record RunSamples(
        ProcSample serverBefore,
        ProcSample serverIdle,
        ProcSample serverEventStart,
        ProcSample serverEventEnd,
        ProcSample benchEventStart,
        ProcSample benchEventEnd,
        long machineBusyStart,
        long machineBusyEnd,
        ProcSample beforeAfterGc,
        ProcSample idleAfterGc) {}

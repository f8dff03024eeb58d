package io.wsnotify.bench;

/** The /proc samples of one run: the server at four points, and the benchmark itself around the event phase. */
record RunSamples(ProcSample serverBefore, ProcSample serverIdle, ProcSample serverEventStart,
                  ProcSample serverEventEnd, ProcSample benchEventStart, ProcSample benchEventEnd) {
}

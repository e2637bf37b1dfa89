// How fast this machine runs plain JavaScript right now, recorded with the
// figures. On a shared host the same code runs up to 1.6 times slower in a
// busy spell (2026-12-05: a like loop took 580–630 ms in quiet minutes and
// 940–960 ms in a busy spell, minutes apart; this probe takes 126–130 ms
// quiet), and the load average does not show it: the other tenants' work
// is not this machine's. Timings from runs whose probes
// differ that much are not comparable; ratios within one run are.

/** A fixed integer workload, about 100 million steps. */
function work() {
  let x = 0;
  for (let i = 0; i < 1e8; i++) x = (x + (i % 7)) | 0;
  return x;
}

/** Milliseconds the fixed workload takes, the median of 5 runs (after one to warm the engine). */
export function cpuProbeMs() {
  work();
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    work();
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return Math.round(runs[2]);
}

import PQueue from 'p-queue';

/**
 * Overall and per-host (host:port) limits on work in flight. A task first waits for its host's slot, then for
 * a global one, so requests piling up on one slow host never hold global slots that other hosts
 * could use (the order matters: global-then-host would let one host starve the rest).
 */
export function createFetchQueues(concurrency: number, perHostConcurrency: number) {
  const global = new PQueue({ concurrency });
  const hosts = new Map<string, PQueue>();
  return {
    run<T>(host: string, task: () => Promise<T>): Promise<T> {
      let hostQueue = hosts.get(host);
      if (!hostQueue) {
        hostQueue = new PQueue({ concurrency: perHostConcurrency });
        hosts.set(host, hostQueue);
        // Forget idle hosts so a long-running monitor does not keep one queue per host ever seen.
        hostQueue.on('idle', () => { if (hosts.get(host)?.size === 0 && hosts.get(host)?.pending === 0) hosts.delete(host); });
      }
      return hostQueue.add(() => global.add(task));
    },
    get pending(): number {
      return global.pending;
    },
  };
}

export type FetchQueues = ReturnType<typeof createFetchQueues>;

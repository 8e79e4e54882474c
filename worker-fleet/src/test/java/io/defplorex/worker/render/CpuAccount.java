package io.defplorex.worker.render;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU ticks used by a process tree whose members come and go (browsers are recycled, renderers end), summed
 * from successive snapshots of {@code /proc/<pid>/stat}. A member's own time is counted as it grows; the time a
 * member gained after the last snapshot that saw it reaches its parent's reaped-children time when it is
 * reaped, and only that unseen part is added, so nothing is counted twice. What is still lost: the last
 * interval of a member reaped outside the tree (killed browsers re-parented to init), at most one sampling
 * period each.
 */
final class CpuAccount {

    /**
     * One member of the tree as one snapshot saw it.
     *
     * @param start  start time in ticks since boot, so a reused pid is a new member
     * @param own    user + system ticks of the process itself
     * @param reaped user + system ticks of its children it waited for (cutime + cstime)
     */
    record Proc(long pid, long start, long ppid, long own, long reaped, long rssPages) {

        Key key() {
            return new Key(pid, start);
        }
    }

    record Key(long pid, long start) {
    }

    private Map<Key, Proc> previous = Map.of();
    private long ticks;

    /** Adds what the tree used since the previous snapshot; {@code live} is every member alive now. */
    void sample(Collection<Proc> live) {
        Map<Key, Proc> now = new HashMap<>();
        live.forEach(p -> now.put(p.key(), p));

        Map<Long, Long> seenBeforeExit = new HashMap<>(); // parent pid -> ticks already counted of its ended children
        for (Proc gone : previous.values()) {
            if (!now.containsKey(gone.key())) {
                seenBeforeExit.merge(gone.ppid(), gone.own() + gone.reaped(), Long::sum);
            }
        }
        for (Proc p : now.values()) {
            Proc before = previous.get(p.key());
            if (before == null) {
                ticks += p.own() + p.reaped(); // born since the last snapshot, with children it already reaped
            } else {
                ticks += Math.max(0, p.own() - before.own());
                long gained = p.reaped() - before.reaped();
                ticks += Math.max(0, gained - seenBeforeExit.getOrDefault(p.pid(), 0L));
            }
        }
        previous = now;
    }

    /** CPU ticks counted so far. */
    long ticks() {
        return ticks;
    }
}

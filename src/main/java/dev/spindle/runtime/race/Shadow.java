package dev.spindle.runtime.race;

import dev.spindle.vm.RaceLog.RaceSite;
import java.util.Arrays;

/**
 * The shadow state of one memory location, after FastTrack (Flanagan and Freund, PLDI 2009):
 * the epoch of the last write, and the epoch of the last read, or, only while reads by
 * several goroutines are unordered, one epoch per reader (FastTrack's read vector, kept as
 * parallel arrays of the few readers there are). Each epoch comes with the goroutine id and
 * the stack of its access, which the report prints as the "Previous" access.
 *
 * <p>Each recorded access also says whether it was atomic (sync/atomic): as in Go's detector,
 * two accesses race when they are unordered, one writes, and not both are atomic. An atomic
 * write keeps the unordered atomic reads before it (they did not race with it, but a later
 * plain write may race with them), where FastTrack's plain write forgets every read.
 *
 * <p>About 56 bytes per location touched; read sets only for locations read concurrently.
 */
final class Shadow {
    long write = Epoch.NONE;
    long writeGoid;
    RaceSite writeSite;
    boolean writeAtomic;

    long read = Epoch.NONE;
    long readGoid;
    RaceSite readSite;
    boolean readAtomic;

    /** Concurrent readers (null while {@link #read} suffices). */
    long[] readers;
    long[] readerGoids;
    RaceSite[] readerSites;
    boolean[] readerAtomic;
    int nReaders;

    /** A conflicting earlier access, as a check finds it. */
    record Previous(boolean write, long goid, RaceSite site) {}

    /** Checks a plain read at {@code now} (the reader's epoch) against the last write and records it. */
    Previous read(long now, VectorClock vc, long goid, RaceSite site) {
        return read(now, vc, goid, site, false);
    }

    /** Checks a read ({@code atomic}: by sync/atomic) at {@code now} against the last write and records it. */
    Previous read(long now, VectorClock vc, long goid, RaceSite site, boolean atomic) {
        if (readers == null && read == now) {
            // Read at this epoch already: nothing new to learn (FastTrack's fast path); a plain
            // read at the same epoch as an atomic one makes the record plain (it may race more).
            readAtomic &= atomic;
            return null;
        }
        Previous race = null;
        if (write != Epoch.NONE && !Epoch.before(write, vc) && !(atomic && writeAtomic)) {
            race = new Previous(true, writeGoid, writeSite);
        }
        if (readers != null) {
            addReader(now, goid, site, atomic);
        } else if (read == Epoch.NONE || Epoch.before(read, vc)) {
            read = now;
            readGoid = goid;
            readSite = site;
            readAtomic = atomic;
        } else {
            // Two unordered reads: keep both (read-shared).
            shareReads();
            addReader(now, goid, site, atomic);
        }
        return race;
    }

    /** Checks a plain write at {@code now} against the last write and every read since; records it. */
    Previous write(long now, VectorClock vc, long goid, RaceSite site) {
        return write(now, vc, goid, site, false);
    }

    /** Checks a write ({@code atomic}: by sync/atomic) at {@code now} against the last write and every read since; records it. */
    Previous write(long now, VectorClock vc, long goid, RaceSite site, boolean atomic) {
        if (write == now) {
            writeAtomic &= atomic;
            return null;
        }
        Previous race = null;
        if (write != Epoch.NONE && !Epoch.before(write, vc) && !(atomic && writeAtomic)) {
            race = new Previous(true, writeGoid, writeSite);
        } else if (readers != null) {
            for (int i = nReaders - 1; i >= 0; i--) {
                if (!Epoch.before(readers[i], vc) && !(atomic && readerAtomic[i])) {
                    race = new Previous(false, readerGoids[i], readerSites[i]);
                    break;
                }
            }
        } else if (read != Epoch.NONE && !Epoch.before(read, vc) && !(atomic && readAtomic)) {
            race = new Previous(false, readGoid, readSite);
        }
        if (atomic && race == null && keepsAtomicReads(vc)) {
            // Unordered atomic reads stay: a later plain write may race with them.
            shareReads();
            dropReadsBefore(vc);
        } else {
            read = Epoch.NONE;
            readSite = null;
            readers = null;
            readerGoids = null;
            readerSites = null;
            readerAtomic = null;
            nReaders = 0;
        }
        write = now;
        writeGoid = goid;
        writeSite = site;
        writeAtomic = atomic;
        return race;
    }

    /** Whether some read is not ordered before a goroutine with clock {@code vc} (then it is atomic: it did not race). */
    private boolean keepsAtomicReads(VectorClock vc) {
        if (readers == null) {
            return read != Epoch.NONE && !Epoch.before(read, vc);
        }
        for (int i = 0; i < nReaders; i++) {
            if (!Epoch.before(readers[i], vc)) {
                return true;
            }
        }
        return false;
    }

    /** Forgets the reads ordered before {@code vc} (the new write's goroutine saw them). */
    private void dropReadsBefore(VectorClock vc) {
        int k = 0;
        for (int i = 0; i < nReaders; i++) {
            if (!Epoch.before(readers[i], vc)) {
                readers[k] = readers[i];
                readerGoids[k] = readerGoids[i];
                readerSites[k] = readerSites[i];
                readerAtomic[k] = readerAtomic[i];
                k++;
            }
        }
        Arrays.fill(readerSites, k, nReaders, null);
        nReaders = k;
    }

    /** Turns the single last read into a read set (FastTrack's read-shared state). */
    private void shareReads() {
        if (readers != null) {
            return;
        }
        readers = new long[4];
        readerGoids = new long[4];
        readerSites = new RaceSite[4];
        readerAtomic = new boolean[4];
        nReaders = 0;
        if (read != Epoch.NONE) {
            addReader(read, readGoid, readSite, readAtomic);
        }
        read = Epoch.NONE;
        readSite = null;
    }

    /** Adds or updates the reader slot of {@code now}'s tid. */
    private void addReader(long now, long goid, RaceSite site, boolean atomic) {
        int tid = Epoch.tid(now);
        for (int i = 0; i < nReaders; i++) {
            if (Epoch.tid(readers[i]) == tid) {
                // The same epoch read plainly stays plain; a later epoch replaces the record.
                readerAtomic[i] = readers[i] == now ? readerAtomic[i] && atomic : atomic;
                readers[i] = now;
                readerGoids[i] = goid;
                readerSites[i] = site;
                return;
            }
        }
        if (nReaders == readers.length) {
            int n = nReaders * 2;
            readers = Arrays.copyOf(readers, n);
            readerGoids = Arrays.copyOf(readerGoids, n);
            readerSites = Arrays.copyOf(readerSites, n);
            readerAtomic = Arrays.copyOf(readerAtomic, n);
        }
        readers[nReaders] = now;
        readerGoids[nReaders] = goid;
        readerSites[nReaders] = site;
        readerAtomic[nReaders] = atomic;
        nReaders++;
    }
}

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
 * <p>About 56 bytes per location touched; read sets only for locations read concurrently.
 */
final class Shadow {
    long write = Epoch.NONE;
    long writeGoid;
    RaceSite writeSite;

    long read = Epoch.NONE;
    long readGoid;
    RaceSite readSite;

    /** Concurrent readers (null while {@link #read} suffices). */
    long[] readers;
    long[] readerGoids;
    RaceSite[] readerSites;
    int nReaders;

    /** A conflicting earlier access, as a check finds it. */
    record Previous(boolean write, long goid, RaceSite site) {}

    /** Checks a read at {@code now} (the reader's epoch) against the last write and records it. */
    Previous read(long now, VectorClock vc, long goid, RaceSite site) {
        if (readers == null && read == now) {
            return null; // read at this epoch already: nothing new to learn (FastTrack's fast path)
        }
        Previous race = null;
        if (write != Epoch.NONE && !Epoch.before(write, vc)) {
            race = new Previous(true, writeGoid, writeSite);
        }
        if (readers != null) {
            addReader(now, goid, site);
        } else if (read == Epoch.NONE || Epoch.before(read, vc)) {
            read = now;
            readGoid = goid;
            readSite = site;
        } else {
            // Two unordered reads: keep both (read-shared).
            readers = new long[4];
            readerGoids = new long[4];
            readerSites = new RaceSite[4];
            nReaders = 0;
            addReader(read, readGoid, readSite);
            addReader(now, goid, site);
            read = Epoch.NONE;
            readSite = null;
        }
        return race;
    }

    /** Checks a write at {@code now} against the last write and every read since; records it. */
    Previous write(long now, VectorClock vc, long goid, RaceSite site) {
        if (write == now) {
            return null;
        }
        Previous race = null;
        if (write != Epoch.NONE && !Epoch.before(write, vc)) {
            race = new Previous(true, writeGoid, writeSite);
        } else if (readers != null) {
            for (int i = nReaders - 1; i >= 0; i--) {
                if (!Epoch.before(readers[i], vc)) {
                    race = new Previous(false, readerGoids[i], readerSites[i]);
                    break;
                }
            }
        } else if (read != Epoch.NONE && !Epoch.before(read, vc)) {
            race = new Previous(false, readGoid, readSite);
        }
        write = now;
        writeGoid = goid;
        writeSite = site;
        read = Epoch.NONE;
        readSite = null;
        readers = null;
        readerGoids = null;
        readerSites = null;
        nReaders = 0;
        return race;
    }

    /** Adds or updates the reader slot of {@code now}'s tid. */
    private void addReader(long now, long goid, RaceSite site) {
        int tid = Epoch.tid(now);
        for (int i = 0; i < nReaders; i++) {
            if (Epoch.tid(readers[i]) == tid) {
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
        }
        readers[nReaders] = now;
        readerGoids[nReaders] = goid;
        readerSites[nReaders] = site;
        nReaders++;
    }
}
